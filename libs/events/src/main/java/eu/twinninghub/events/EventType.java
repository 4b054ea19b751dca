package eu.twinninghub.events;

import eu.twinninghub.events.authority.AuthorityAudited;
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
import eu.twinninghub.events.match.MatchProposed;
import eu.twinninghub.events.need.NeedClosed;
import eu.twinninghub.events.need.NeedPublished;
import eu.twinninghub.events.need.NeedUpdated;
import eu.twinninghub.events.need.NeedWithdrawn;
import eu.twinninghub.events.offer.OfferClosed;
import eu.twinninghub.events.offer.OfferPublished;
import eu.twinninghub.events.offer.OfferUpdated;
import eu.twinninghub.events.offer.OfferWithdrawn;
import eu.twinninghub.events.partnership.PartnershipCancelled;
import eu.twinninghub.events.partnership.PartnershipCompleted;
import eu.twinninghub.events.partnership.PartnershipDormant;
import eu.twinninghub.events.partnership.PartnershipEstablished;
import eu.twinninghub.events.partnership.PartnershipMembershipChanged;
import eu.twinninghub.events.partnership.PartnershipRegistered;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type of the platform: its CloudEvents {@code type}, the topic it travels on and
 * the record that carries its data. A breaking change is a new version of the type; the old one
 * stays, marked as replaced, so that what was written with it can still be read.
 */
public enum EventType {
    AUTHORITY_REGISTERED("authority.registered.v1", Topics.AUTHORITIES, AuthorityRegistered.class),
    AUTHORITY_UPDATED("authority.updated.v1", Topics.AUTHORITIES, AuthorityUpdated.class),
    AUTHORITY_VERIFIED("authority.verified.v1", Topics.AUTHORITIES, AuthorityVerified.class),
    AUTHORITY_SUSPENDED("authority.suspended.v1", Topics.AUTHORITIES, AuthoritySuspended.class),
    AUTHORITY_AUDITED("authority.audited.v1", Topics.AUTHORITIES, AuthorityAudited.class),
    CLAIM_DECIDED("claim.decided.v1", Topics.AUTHORITIES, ClaimDecided.class),
    NEED_PUBLISHED("need.published.v2", Topics.NEEDS, NeedPublished.class),
    NEED_UPDATED("need.updated.v2", Topics.NEEDS, NeedUpdated.class),
    NEED_CLOSED("need.closed.v1", Topics.NEEDS, NeedClosed.class),
    NEED_WITHDRAWN("need.withdrawn.v1", Topics.NEEDS, NeedWithdrawn.class),
    OFFER_PUBLISHED("offer.published.v2", Topics.OFFERS, OfferPublished.class),
    OFFER_UPDATED("offer.updated.v2", Topics.OFFERS, OfferUpdated.class),
    OFFER_CLOSED("offer.closed.v1", Topics.OFFERS, OfferClosed.class),
    OFFER_WITHDRAWN("offer.withdrawn.v1", Topics.OFFERS, OfferWithdrawn.class),
    MATCH_PROPOSED("match.proposed.v1", Topics.MATCHES, MatchProposed.class),
    MATCH_ACCEPTED("match.accepted.v1", Topics.MATCHES, MatchAccepted.class),
    MATCH_DECLINED("match.declined.v1", Topics.MATCHES, MatchDeclined.class),
    MATCH_EXPIRED("match.expired.v1", Topics.MATCHES, MatchExpired.class),
    PARTNERSHIP_ESTABLISHED("partnership.established.v1", Topics.MATCHES, PartnershipEstablished.class),
    PARTNERSHIP_COMPLETED("partnership.completed.v1", Topics.MATCHES, PartnershipCompleted.class),
    PARTNERSHIP_CANCELLED("partnership.cancelled.v1", Topics.MATCHES, PartnershipCancelled.class),
    PARTNERSHIP_DORMANT("partnership.dormant.v1", Topics.MATCHES, PartnershipDormant.class),
    PARTNERSHIP_REGISTERED("partnership.registered.v1", Topics.MATCHES, PartnershipRegistered.class),
    PARTNERSHIP_MEMBERSHIP_CHANGED("partnership.membership.v1", Topics.MATCHES,
            PartnershipMembershipChanged.class),
    CONVERSATION_OPENED("conversation.opened.v1", Topics.MATCHES, ConversationOpened.class),
    CONVERSATION_WRITTEN("conversation.written.v1", Topics.MATCHES, ConversationWritten.class),
    CONVERSATION_CLOSED("conversation.closed.v1", Topics.MATCHES, ConversationClosed.class),
    // v1 of the posting events allowed titles and descriptions in Ukrainian and English only. v2 adds
    // German, Polish and the author's original language. They are still read (records written before
    // v2 stay on the topics) and still sent to webhooks that ask for them, never produced.
    NEED_PUBLISHED_V1("need.published.v1", NEED_PUBLISHED),
    NEED_UPDATED_V1("need.updated.v1", NEED_UPDATED),
    OFFER_PUBLISHED_V1("offer.published.v1", OFFER_PUBLISHED),
    OFFER_UPDATED_V1("offer.updated.v1", OFFER_UPDATED);

    private static final String PREFIX = "eu.twinninghub.";
    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS = Arrays.stream(values())
            .filter(type -> type.successor == null)
            .collect(Collectors.toUnmodifiableMap(EventType::dataClass, Function.identity()));

    private final String type;
    private final String topic;
    private final Class<? extends EventData> dataClass;
    private final EventType successor;

    EventType(String name, String topic, Class<? extends EventData> dataClass) {
        this.type = PREFIX + name;
        this.topic = topic;
        this.dataClass = dataClass;
        this.successor = null;
    }

    /** An older version of {@code successor}: the same data record, read and sent but not produced. */
    EventType(String name, EventType successor) {
        this.type = PREFIX + name;
        this.topic = successor.topic;
        this.dataClass = successor.dataClass;
        this.successor = successor;
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code eu.twinninghub.need.published.v1}. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends EventData> dataClass() {
        return dataClass;
    }

    /** Classpath location of the JSON Schema of this type's data. */
    public String schemaResource() {
        return "schemas/" + type + ".json";
    }

    /** The CloudEvents {@code dataschema} attribute. */
    public URI dataSchema() {
        return URI.create("https://twinninghub.eu/" + schemaResource());
    }

    /** The version producers write: this type, or the one that replaced it. */
    public EventType current() {
        return successor == null ? this : successor;
    }

    /** The older versions of this type that are still read and sent. */
    public List<EventType> previousVersions() {
        return Arrays.stream(values()).filter(type -> type.successor == this).toList();
    }

    public static Optional<EventType> ofType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventType of(EventData data) {
        EventType type = BY_CLASS.get(data.getClass());
        if (type == null) {
            throw new IllegalArgumentException(data.getClass().getName() + " is not a registered event type");
        }
        return type;
    }
}
