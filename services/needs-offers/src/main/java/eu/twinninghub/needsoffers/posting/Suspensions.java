package eu.twinninghub.needsoffers.posting;

import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.messaging.authority.KnownAuthority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Keeps the postings of a suspended authority out of public lists and pages, and brings them back
 * when it is reinstated. Nothing is deleted and no posting changes version: the flag follows the
 * authority as this service knows it.
 */
@ApplicationScoped
public class Suspensions {

    private final EntityManager em;

    public Suspensions(EntityManager em) {
        this.em = em;
    }

    /** Aligns the postings of {@code authority} with its verification as known here; how many changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int follow(UUID authority) {
        KnownAuthority known = KnownAuthority.findById(authority);
        boolean suspended = known != null && known.verification == Verification.SUSPENDED;
        int changed = 0;
        for (String table : new String[] {"need", "offer"}) {
            changed += em.createNativeQuery("update " + table + " set authority_suspended = :suspended"
                            + " where authority_id = :authority and authority_suspended <> :suspended")
                    .setParameter("suspended", suspended).setParameter("authority", authority).executeUpdate();
        }
        return changed;
    }
}
