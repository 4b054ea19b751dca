package eu.twinninghub.api.partnership;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The open-data export of every partnership, as {@code export.json} serves it, under its licence. */
public record OpenData(String licence, List<Entry> partnerships) {

    /** One partnership: its parties with their official codes. */
    public record Entry(UUID id, String status, List<String> themes, Instant establishedAt,
                        List<PartnershipParty> parties) {
    }
}
