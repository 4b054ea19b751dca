package eu.twinninghub.api.posting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A text in Ukrainian and/or English; the use case requires at least one. */
@Schema(name = "Texts")
public record Texts(@Size(max = 10_000) String uk, @Size(max = 10_000) String en) {

    @JsonIgnore
    public boolean isEmpty() {
        return (uk == null || uk.isBlank()) && (en == null || en.isBlank());
    }
}
