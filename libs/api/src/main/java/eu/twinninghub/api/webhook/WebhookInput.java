package eu.twinninghub.api.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a partner network wants events of the given CloudEvents types (e.g. eu.twinninghub.partnership.established.v1). */
@Schema(name = "WebhookInput", example = """
        {"url": "https://hooks.auc.org.ua/twinning", "eventTypes": ["eu.twinninghub.partnership.established.v1"]}""")
public record WebhookInput(@NotBlank @Size(max = 2000) String url,
                           @NotEmpty @Size(max = 30) List<@NotNull @Size(max = 100) String> eventTypes) {
}
