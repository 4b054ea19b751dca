package eu.twinninghub.api.partnership;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One party of a partnership: the authority with its official code (KATOTTG in Ukraine, LAU or
 * NUTS in the EU; null where none is known), and the need or offer it brought.
 */
@Schema(name = "PartnershipParty")
public record PartnershipParty(String side, UUID authorityId, String name, String country, String officialCode,
                               UUID itemId) {
}
