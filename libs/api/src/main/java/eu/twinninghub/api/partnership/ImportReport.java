package eu.twinninghub.api.partnership;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import did, or would do in a dry run, row by row. A row is IMPORTED (both sides found by
 * code), MATCHED_BY_NAME (a side found by its name, with the confidence), ALREADY_REGISTERED (the
 * pair is partnered already: importing the same list twice changes nothing), AMBIGUOUS (several
 * authorities fit a name: the candidates) or REFUSED (the reason).
 */
@Schema(name = "ImportReport")
public record ImportReport(boolean dryRun, int imported, int matchedByName, int alreadyRegistered, int ambiguous,
                           int refused, List<RowReport> rows) {

    @Schema(name = "ImportRowReport")
    public record RowReport(int row, String status, UUID hromadaId, UUID partnerId, Double confidence,
                            List<Candidate> candidates, String reason, UUID partnershipId) {
    }

    /** An authority a name may mean, and how well the name fits it (0–1). */
    @Schema(name = "ImportCandidate")
    public record Candidate(UUID authorityId, String name, String country, String officialCode, double confidence) {
    }
}
