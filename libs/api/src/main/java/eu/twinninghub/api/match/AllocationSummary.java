package eu.twinninghub.api.match;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one global allocation run proposed. */
@Schema(name = "AllocationSummary")
public record AllocationSummary(int openNeeds, int openOffers, int proposed, int clusters, int hromadas,
                                int villageHromadas, long totalScore, long millis) {
}
