package eu.twinninghub.api.authority;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code email} is shown only to verified authorities, partner networks and the authority itself. */
@Schema(name = "Contact")
public record ContactView(UUID id, String name, String role, String email, List<String> languages) {
}
