package eu.twinninghub.api.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgressInput", example = """
        {"text": "First study visit done: 6 engineers from the hromada spent a week at the water utility."}""")
public record ProgressInput(@NotBlank @Size(max = 5000) String text) {
}
