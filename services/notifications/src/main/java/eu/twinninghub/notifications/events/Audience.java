package eu.twinninghub.notifications.events;

import eu.twinninghub.api.authority.AuthorityKind;
import eu.twinninghub.events.EventData;
import eu.twinninghub.events.LocalizedText;
import eu.twinninghub.events.authority.AuthorityProfile;
import eu.twinninghub.events.authority.AuthorityRegistered;
import eu.twinninghub.events.authority.AuthorityUpdated;
import eu.twinninghub.events.conversation.ConversationOpened;
import eu.twinninghub.events.match.MatchProposed;
import eu.twinninghub.events.need.NeedClosed;
import eu.twinninghub.events.need.NeedPublished;
import eu.twinninghub.events.need.NeedUpdated;
import eu.twinninghub.events.need.NeedWithdrawn;
import eu.twinninghub.events.offer.OfferClosed;
import eu.twinninghub.events.offer.OfferPublished;
import eu.twinninghub.events.offer.OfferUpdated;
import eu.twinninghub.events.offer.OfferWithdrawn;
import eu.twinninghub.events.partnership.PartnershipEstablished;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What notifications keeps from the events to name things and find people: authorities, needs and
 * offers, the sides of each proposal, and what each conversation is about. Every write is an upsert by id (an older version arriving
 * late changes nothing), so a redelivered event is harmless.
 */
@ApplicationScoped
public class Audience {

    public void learn(EventData data) {
        switch (data) {
            case AuthorityRegistered registered -> authority(registered.authorityId(), registered.profile(), 0);
            case AuthorityUpdated updated -> authority(updated.authorityId(), updated.profile(), updated.version());
            case NeedPublished published -> posting(published.needId(), "NEED", published.authorityId(),
                    published.version(), published.need().title(), List.of(published.need().sector()));
            case NeedUpdated updated -> posting(updated.needId(), "NEED", updated.authorityId(), updated.version(),
                    updated.need().title(), List.of(updated.need().sector()));
            case NeedClosed closed -> close(closed.needId());
            case NeedWithdrawn withdrawn -> close(withdrawn.needId());
            case OfferPublished published -> posting(published.offerId(), "OFFER", published.authorityId(),
                    published.version(), published.offer().title(), published.offer().sectors());
            case OfferUpdated updated -> posting(updated.offerId(), "OFFER", updated.authorityId(), updated.version(),
                    updated.offer().title(), updated.offer().sectors());
            case OfferClosed closed -> close(closed.offerId());
            case OfferWithdrawn withdrawn -> close(withdrawn.offerId());
            case MatchProposed proposed -> match(proposed);
            case ConversationOpened opened -> {
                KnownConversation conversation = new KnownConversation();
                conversation.id = opened.conversationId().toString();
                conversation.subjectKind = opened.subjectKind();
                conversation.subjectId = opened.subjectId().toString();
                conversation.persistOrUpdate();
            }
            case PartnershipEstablished established -> {
                KnownPartnership partnership = new KnownPartnership();
                partnership.id = established.partnershipId().toString();
                partnership.needId = established.need().itemId().toString();
                partnership.persistOrUpdate();
            }
            default -> {
            }
        }
    }

    public KnownAuthority authority(UUID id) {
        return id == null ? null : KnownAuthority.findById(id.toString());
    }

    public KnownPosting posting(UUID id) {
        return id == null ? null : KnownPosting.findById(id.toString());
    }

    private static void authority(UUID id, AuthorityProfile profile, long version) {
        KnownAuthority authority = KnownAuthority.findById(id.toString());
        if (authority == null) {
            authority = new KnownAuthority();
            authority.id = id.toString();
        } else if (version < authority.version) {
            return;
        }
        authority.kind = AuthorityKind.valueOf(profile.kind());
        authority.country = profile.country();
        authority.nameOfficial = profile.nameOfficial();
        authority.nameLatin = profile.nameLatin();
        authority.networkIds = new ArrayList<>(profile.networkIds().stream().map(UUID::toString).toList());
        authority.version = version;
        authority.persistOrUpdate();
    }

    private static void posting(UUID id, String kind, UUID authority, long version, LocalizedText title,
                                List<String> sectors) {
        KnownPosting posting = KnownPosting.findById(id.toString());
        if (posting == null) {
            posting = new KnownPosting();
            posting.id = id.toString();
        } else if (version < posting.version) {
            return;
        }
        posting.kind = kind;
        posting.authorityId = authority.toString();
        posting.titleUk = title.uk();
        posting.titleEn = title.en();
        posting.titleDe = title.de();
        posting.titlePl = title.pl();
        posting.titleOriginal = title.original();
        posting.sectors = new ArrayList<>(sectors);
        posting.open = true;
        posting.version = version;
        posting.persistOrUpdate();
    }

    private static void close(UUID id) {
        KnownPosting posting = KnownPosting.findById(id.toString());
        if (posting != null) {
            posting.open = false;
            posting.update();
        }
    }

    private static void match(MatchProposed proposed) {
        KnownMatch match = new KnownMatch();
        match.id = proposed.matchId().toString();
        match.needId = proposed.need().itemId().toString();
        match.needAuthorityId = proposed.need().authorityId().toString();
        match.offerIds = new ArrayList<>(proposed.offers().stream().map(o -> o.itemId().toString()).toList());
        match.offerAuthorityIds = new ArrayList<>(proposed.offers().stream().map(o -> o.authorityId().toString())
                .toList());
        match.score = proposed.score();
        match.persistOrUpdate();
    }
}
