package eu.twinninghub.api.conversation;

import eu.twinninghub.api.language.WrittenLanguage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message and the language it is written in, which every reader is shown. */
@Schema(name = "MessageInput", example = """
        {"text": "Дякуємо! Чи могли б ви приїхати у березні?", "language": "uk"}""")
public record MessageInput(@NotBlank @Size(max = MAX_LENGTH) String text, @NotNull @WrittenLanguage String language) {

    /** A long letter fits; a pasted document does not. */
    public static final int MAX_LENGTH = 10_000;
}
