package eu.twinninghub.api.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone reached: its kind, the day, the link that shows it, and the member that recorded it. */
@Schema(name = "Milestone")
public record Milestone(UUID id,
                        @Schema(enumeration = {"MOU_SIGNED", "FIRST_VISIT", "JOINT_PROJECT_STARTED", "RESULTS_REPORTED"})
                        String kind,
                        LocalDate date, String link, UUID authorityId, String recordedBy, Instant recordedAt) {
}
