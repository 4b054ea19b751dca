package eu.twinninghub.api.partnership;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One party of a partnership: the authority with its official code (KATOTTG in Ukraine, LAU or
 * NUTS in the EU; null where none is known), its team, and the need or offer it brought (none for a
 * MEMBER that joined later or came with an imported partnership).
 */
@Schema(name = "PartnershipParty")
public record PartnershipParty(
        @Schema(description = "what it brought: NEED, OFFER, or MEMBER (neither)") String side,
        UUID authorityId,
        @Schema(description = "the name in Latin letters (the national transliteration)") String name,
        @Schema(description = "the official name, in the authority's own language and script; null if not known yet")
        String nameOfficial,
        String country, String officialCode, UUID itemId,
        @Schema(description = "RECEIVING (the hromadas or oblast the work is for) or SUPPORTING", enumeration = {
                "RECEIVING", "SUPPORTING"}) String team,
        @Schema(description = "coordinates its team: invites, removes, hands over") boolean coordinator,
        Instant invitedAt,
        @Schema(description = "when the authority gave its consent; null while it is only invited") Instant joinedAt,
        Instant leftAt, String leftReason) {
}
