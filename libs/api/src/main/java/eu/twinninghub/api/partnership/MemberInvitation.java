package eu.twinninghub.api.partnership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An authority asked to join a team of a partnership; it is a member once it consents. */
@Schema(name = "MemberInvitation", example = """
        {"authorityId": "c69235b9-4730-305d-8fee-c51897a80b07", "team": "RECEIVING"}""")
public record MemberInvitation(@NotNull UUID authorityId,
                               @NotNull @Pattern(regexp = "RECEIVING|SUPPORTING", message = "must be RECEIVING or SUPPORTING")
                               String team) {
}
