package eu.twinninghub.api.partnership;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The member of the same team that coordinates it from now on. */
@Schema(name = "CoordinatorChoice", example = """
        {"authorityId": "c69235b9-4730-305d-8fee-c51897a80b07"}""")
public record CoordinatorChoice(@NotNull UUID authorityId) {
}
