package eu.twinninghub.events.partnership;

import eu.twinninghub.events.EventData;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A partnership made elsewhere was brought into the register from a list: its authorities and where
 * the list came from. It joins no need or offer, so it moves nothing in needs-offers; the engine no
 * longer proposes the pair.
 */
public record PartnershipRegistered(UUID partnershipId, List<UUID> authorityIds, LocalDate since, String source,
                                    String licence, LocalDate retrieved, String reference, String importedBy)
        implements EventData {

    @Override
    public UUID aggregateId() {
        return partnershipId;
    }
}
