package eu.twinninghub.api.notification;

import eu.twinninghub.api.language.PageLanguages;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a person hears from the platform: in Ukrainian or English; in the inbox and/or by e-mail;
 * e-mail at once or in one daily digest. {@code email} defaults to the one of the sign-in.
 */
@Schema(name = "Preferences", example = """
        {"language": "uk", "channels": ["INBOX", "EMAIL"], "digest": "DAILY", "email": "oksana@vmr.gov.ua"}""")
public record Preferences(
        @NotNull @Pattern(regexp = PageLanguages.PATTERN, message = PageLanguages.MESSAGE) String language,
        @NotNull @Size(max = 2) List<@NotNull @Pattern(regexp = "INBOX|EMAIL", message = "must be INBOX or EMAIL") String> channels,
        @NotNull @Pattern(regexp = "IMMEDIATE|DAILY", message = "must be IMMEDIATE or DAILY") String digest,
        @Email @Size(max = 254) String email) {
}
