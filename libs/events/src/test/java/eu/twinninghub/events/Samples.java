package eu.twinninghub.events;

import eu.twinninghub.events.authority.AuthorityAudited;
import eu.twinninghub.events.authority.AuthorityProfile;
import eu.twinninghub.events.authority.AuthorityRegistered;
import eu.twinninghub.events.authority.AuthoritySuspended;
import eu.twinninghub.events.authority.AuthorityUpdated;
import eu.twinninghub.events.authority.AuthorityVerified;
import eu.twinninghub.events.claim.ClaimDecided;
import eu.twinninghub.events.conversation.ConversationClosed;
import eu.twinninghub.events.conversation.ConversationWritten;
import eu.twinninghub.events.conversation.ConversationOpened;
import eu.twinninghub.events.match.MatchAccepted;
import eu.twinninghub.events.match.MatchDeclined;
import eu.twinninghub.events.match.MatchExpired;
import eu.twinninghub.events.match.MatchParty;
import eu.twinninghub.events.match.MatchProposed;
import eu.twinninghub.events.match.MatchReason;
import eu.twinninghub.events.match.OfferReasons;
import eu.twinninghub.events.need.NeedClosed;
import eu.twinninghub.events.need.NeedDetails;
import eu.twinninghub.events.need.NeedPublished;
import eu.twinninghub.events.need.NeedUpdated;
import eu.twinninghub.events.need.NeedWithdrawn;
import eu.twinninghub.events.offer.OfferClosed;
import eu.twinninghub.events.offer.OfferDetails;
import eu.twinninghub.events.offer.OfferPublished;
import eu.twinninghub.events.offer.OfferUpdated;
import eu.twinninghub.events.offer.OfferWithdrawn;
import eu.twinninghub.events.partnership.PartnershipCancelled;
import eu.twinninghub.events.partnership.PartnershipCompleted;
import eu.twinninghub.events.partnership.PartnershipDormant;
import eu.twinninghub.events.partnership.PartnershipEstablished;
import eu.twinninghub.events.partnership.PartnershipMembershipChanged;
import eu.twinninghub.events.partnership.PartnershipRegistered;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One realistic instance of every event type (Vinnytsia hromada and Aachen, from the reference data). */
final class Samples {

    static final UUID HROMADA = UUID.fromString("0b6f2c1e-5d43-4e59-9a55-0d1f5a3c8a01");
    static final UUID CITY = UUID.fromString("5e0c7a8b-2f6d-4b1a-8c3e-7a9d1b2c3d02");
    static final UUID NEED = UUID.fromString("9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c03");
    static final UUID OFFER = UUID.fromString("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e004");
    static final UUID MATCH = UUID.fromString("2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6005");
    static final UUID PARTNERSHIP = UUID.fromString("3b4c5d6e-7f80-4912-8a3b-4c5d6e7f8006");
    static final UUID CONVERSATION = UUID.fromString("4c5d6e7f-8091-4a23-9b4c-5d6e7f809007");

    private static final AuthorityProfile VINNYTSIA = new AuthorityProfile("HROMADA", "UA", "UA05020030000031457",
            "Вінницька міська територіальна громада", "Vinnytska miska terytorialna hromada", "Vinnytsia city hromada",
            null, "urban", 400198L, 49.2331, 28.4682, List.of("uk", "en"), List.of("energy", "health"), List.of(),
            List.of(), "PENDING", "Вінницький район");
    private static final NeedDetails NEED_DETAILS = needDetails(new LocalizedText("Енергоефективна модернізація шкіл",
            "Energy-efficient school renovation", null, null, "uk"));
    /** As written before v2: no German, Polish or original. */
    private static final NeedDetails NEED_DETAILS_V1 = needDetails(new LocalizedText("Енергоефективна модернізація шкіл",
            "Energy-efficient school renovation"));
    /** Written in German only, which v1 could not carry. */
    private static final OfferDetails OFFER_DETAILS = offerDetails(
            new LocalizedText(null, null, "Beratung durch die kommunale Energieagentur", null, "de"),
            new LocalizedText(null, null, "Zwei Ingenieurinnen", null, "de"));
    private static final OfferDetails OFFER_DETAILS_V1 = offerDetails(
            new LocalizedText(null, "Municipal energy agency coaching"), new LocalizedText(null, "Two engineers"));
    private static final MatchParty NEED_PARTY = new MatchParty(NEED, HROMADA);
    private static final List<MatchParty> OFFER_PARTIES = List.of(new MatchParty(OFFER, CITY));

    private Samples() {
    }

    private static NeedDetails needDetails(LocalizedText title) {
        return new NeedDetails(title, null, "energy", List.of("housing-energy-efficiency"),
                List.of("technical-assistance", "peer-exchange"), List.of("insulation", "heat pumps"), "HIGH",
                List.of("uk", "en"), LocalDate.of(2027, 1, 1), null, 250_000L, 1200, null,
                List.of("ukraine-facility"));
    }

    private static OfferDetails offerDetails(LocalizedText title, LocalizedText description) {
        return new OfferDetails(title, description, List.of("energy"), List.of(), List.of("technical-assistance"),
                List.of("heat pumps"), 2, List.of("de", "en"), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 12, 1),
                40, null, null);
    }

    static EventData of(EventType type) {
        return switch (type) {
            case AUTHORITY_REGISTERED -> new AuthorityRegistered(HROMADA, VINNYTSIA);
            case AUTHORITY_UPDATED -> new AuthorityUpdated(HROMADA, 3, VINNYTSIA);
            case AUTHORITY_VERIFIED -> new AuthorityVerified(HROMADA, "auc-network", "member of the association");
            case AUTHORITY_SUSPENDED -> new AuthoritySuspended(HROMADA, "platform-admin", "impersonation report");
            case AUTHORITY_AUDITED -> new AuthorityAudited(UUID.nameUUIDFromBytes("record".getBytes()),
                    HROMADA, "MEMBERSHIP_ACCEPTED", "vinnytsia-admin", CITY, null);
            case CLAIM_DECIDED -> new ClaimDecided(UUID.nameUUIDFromBytes("claim".getBytes()), HROMADA, "Olena Kovalenko",
                    "o.kovalenko@vmr.gov.ua", "uk", true, "MEMBER", null, "vinnytsia-admin");
            case NEED_PUBLISHED -> new NeedPublished(NEED, HROMADA, 1, NEED_DETAILS);
            case NEED_UPDATED -> new NeedUpdated(NEED, HROMADA, 2, NEED_DETAILS);
            case NEED_CLOSED -> new NeedClosed(NEED, HROMADA, "FULFILLED", null);
            case NEED_WITHDRAWN -> new NeedWithdrawn(NEED, HROMADA, "funded by the state budget");
            case OFFER_PUBLISHED -> new OfferPublished(OFFER, CITY, 1, OFFER_DETAILS);
            case OFFER_UPDATED -> new OfferUpdated(OFFER, CITY, 2, OFFER_DETAILS);
            case NEED_PUBLISHED_V1 -> new NeedPublished(NEED, HROMADA, 1, NEED_DETAILS_V1);
            case NEED_UPDATED_V1 -> new NeedUpdated(NEED, HROMADA, 2, NEED_DETAILS_V1);
            case OFFER_PUBLISHED_V1 -> new OfferPublished(OFFER, CITY, 1, OFFER_DETAILS_V1);
            case OFFER_UPDATED_V1 -> new OfferUpdated(OFFER, CITY, 2, OFFER_DETAILS_V1);
            case OFFER_CLOSED -> new OfferClosed(OFFER, CITY, null);
            case OFFER_WITHDRAWN -> new OfferWithdrawn(OFFER, CITY, "staff left");
            case MATCH_PROPOSED -> new MatchProposed(MATCH, NEED_PARTY, OFFER_PARTIES, 87, false,
                    Instant.parse("2027-01-15T00:00:00Z"), List.of(new OfferReasons(OFFER, List.of(
                            new MatchReason("SECTOR", "sector.exact", Map.of("sector", "energy"), 25, 25),
                            new MatchReason("LANGUAGE", "language.shared", Map.of("languages", "en"), 10, 10)))));
            case MATCH_ACCEPTED -> new MatchAccepted(MATCH, CITY, false);
            case MATCH_DECLINED -> new MatchDeclined(MATCH, HROMADA, "already covered");
            case MATCH_EXPIRED -> new MatchExpired(MATCH, List.of(HROMADA, CITY));
            case PARTNERSHIP_ESTABLISHED -> new PartnershipEstablished(PARTNERSHIP, MATCH, NEED_PARTY, OFFER_PARTIES,
                    List.of("energy"));
            case PARTNERSHIP_COMPLETED -> new PartnershipCompleted(PARTNERSHIP, NEED_PARTY, OFFER_PARTIES,
                    List.of(CITY, NEED_PARTY.authorityId()));
            case PARTNERSHIP_CANCELLED -> new PartnershipCancelled(PARTNERSHIP, NEED_PARTY, OFFER_PARTIES, "war damage",
                    List.of(CITY, NEED_PARTY.authorityId()));
            case PARTNERSHIP_DORMANT -> new PartnershipDormant(PARTNERSHIP, List.of(HROMADA, CITY),
                    Instant.parse("2026-09-01T10:00:00Z"));
            case PARTNERSHIP_REGISTERED -> new PartnershipRegistered(PARTNERSHIP, List.of(HROMADA, CITY), null,
                    "A network's list of its members' partnerships", "CC BY 4.0", LocalDate.of(2026, 11, 30),
                    "row 1", "auc-network");
            case PARTNERSHIP_MEMBERSHIP_CHANGED -> new PartnershipMembershipChanged(PARTNERSHIP, CITY, "SUPPORTING",
                    PartnershipMembershipChanged.JOINED, "Anna Schmidt", null, List.of(HROMADA, CITY));
            case CONVERSATION_OPENED -> new ConversationOpened(CONVERSATION, "NEED", NEED, CITY, HROMADA, "de");
            case CONVERSATION_WRITTEN -> new ConversationWritten(CONVERSATION,
                    UUID.nameUUIDFromBytes("message".getBytes()), HROMADA, CITY, "uk");
            case CONVERSATION_CLOSED -> new ConversationClosed(CONVERSATION, CITY, List.of(CITY, HROMADA));
        };
    }
}
