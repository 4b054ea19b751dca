package eu.twinninghub.api.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partnership as it really goes: ESTABLISHED (both sides agreed) → MOU_SIGNED →
 * AGREEMENT_APPROVED (for a Ukrainian party, the ministry's approval of the international
 * agreement) → ACTIVE → COMPLETED or CANCELLED; DORMANT while no progress update came for too
 * long (a reminder; the next update makes it ACTIVE again).
 */
@Schema(name = "Partnership")
public record PartnershipView(UUID id, UUID matchId, String status,
                              @Schema(description = "its members now, on both teams")
                              List<PartnershipParty> parties,
                              @Schema(description = "authorities invited to join that have not answered yet")
                              List<PartnershipParty> invited,
                              @Schema(description = "members who left, and invitations declined or withdrawn: the history")
                              List<PartnershipParty> former,
                              String goals,
                              List<String> themes, LocalDate startDate, LocalDate endDate, Instant establishedAt,
                              LocalDate mouSignedOn, LocalDate agreementApprovedOn, LocalDate activeSince,
                              LocalDate endedOn, String endReason, Instant lastProgressAt,
                              List<ProgressUpdate> updates,
                              @Schema(description = "MOU signed, first visit, joint project started, results reported: oldest first")
                              List<Milestone> milestones,
                              @Schema(description = "the project of Ukraine's DREAM reconstruction registry it serves")
                              String dreamProjectId,
                              List<FundingProgramme> fundingProgrammes,
                              @Schema(description = "the statuses its parties may record next, e.g. MOU_SIGNED and CANCELLED after ESTABLISHED")
                              List<String> nextSteps,
                              @Schema(description = "where a partnership made elsewhere was read; null if made here")
                              Origin origin,
                              long version) {

    /** The list a partnership was imported from: its source, licence, the day it was read, the row's reference. */
    @Schema(name = "PartnershipOrigin")
    public record Origin(String source, String licence, LocalDate retrieved, String reference, String importedBy) {
    }
}
