package eu.twinninghub.needsoffers.posting;

import eu.twinninghub.api.posting.IdempotencyKey;
import eu.twinninghub.events.EventData;
import eu.twinninghub.messaging.outbox.Outbox;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.Caller;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The rules every posting follows, whatever its kind: a draft is seen only by those who may post for
 * its authority (to anyone else it does not exist); only they edit it, with the version they read;
 * it opens only once its authority is verified; every public change is an event written in the
 * same transaction.
 */
public abstract class PostingBoard<P extends Posting> {

    // Field injection here only: the boards are proxied and intercepted (@Transactional), so each
    // needs a no-args constructor; ArC adds one only to a class whose superclass has one, and a
    // constructor of this base taking the dependencies would leave the boards without it.

    @Inject
    protected Outbox outbox;

    @Inject
    protected Clock clock;

    @Inject
    protected PostingRights rights;

    @Inject
    protected Caller caller;

    @Inject
    EntityManager entityManager;

    private final String kind;
    private final Class<P> type;

    protected PostingBoard(String kind, Class<P> type) {
        this.kind = kind;
        this.type = type;
    }

    protected abstract boolean isPublic(P posting);

    /** The authority a new posting is for, if the caller may post for it. */
    protected KnownAuthority postingFor(UUID authorityId) {
        KnownAuthority authority = PostingRights.known(authorityId, "authorityId");
        rights.requirePostFor(authority);
        return authority;
    }

    public P visible(UUID id) {
        P posting = entityManager.find(type, id);
        if (posting == null || !(isPublic(posting) && !posting.authoritySuspended)
                && !rights.mayPostFor(PostingRights.known(posting.authorityId, "id"))) {
            throw ProblemException.notFound(kind, id);
        }
        return posting;
    }

    protected P owned(UUID id) {
        P posting = visible(id);
        rights.requirePostFor(PostingRights.known(posting.authorityId, "id"));
        return posting;
    }

    /** An edit must name the version it was made on and keep the authority; {@code field} is the request's. */
    protected void requireEditable(P posting, long version, UUID authorityId, String field) {
        if (version != posting.version) {
            throw ProblemException.staleVersion(kind + " " + posting.id, version, posting.version);
        }
        if (!posting.authorityId.equals(authorityId)) {
            throw ProblemException.invalid(field, "cannot change; post a new " + kind + " for another authority");
        }
    }

    protected void requireVerifiedToOpen(P posting) {
        if (!PostingRights.known(posting.authorityId, "id").isVerified()) {
            throw ProblemException.conflict("authority " + posting.authorityId + " is not verified yet; the " + kind
                    + " stays a DRAFT until a partner network or the platform verifies it");
        }
    }

    /**
     * Creates a posting once per caller and {@code idempotencyKey}: a repeat answers the posting the
     * first request created. Two repeats at the same moment are ordered by PostgreSQL, which makes the
     * second insert of the key wait for the first transaction and then see its row.
     */
    protected P once(String idempotencyKey, Supplier<P> create) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return create.get();
        }
        String request = caller.id() + "|" + idempotencyKey;
        int claimed = entityManager.createNativeQuery("INSERT INTO posting_request (id, kind, created_at)"
                        + " VALUES (?1, ?2, ?3) ON CONFLICT (id) DO NOTHING")
                .setParameter(1, request).setParameter(2, kind).setParameter(3, clock.instant()).executeUpdate();
        if (claimed == 0) {
            Object[] earlier = (Object[]) entityManager.createNativeQuery(
                    "SELECT kind, posting_id FROM posting_request WHERE id = ?1").setParameter(1, request).getSingleResult();
            if (!kind.equals(earlier[0])) {
                throw ProblemException.invalid(IdempotencyKey.HEADER, "was used for a " + earlier[0] + " already");
            }
            return visible((UUID) earlier[1]);
        }
        P created = create.get();
        entityManager.flush();
        entityManager.createNativeQuery("UPDATE posting_request SET posting_id = ?1 WHERE id = ?2")
                .setParameter(1, created.id).setParameter(2, request).executeUpdate();
        return created;
    }

    /** Flushes first, so that the event carries the version the caller will see. */
    protected void announce(EventData data) {
        entityManager.flush();
        outbox.add(data);
    }
}
