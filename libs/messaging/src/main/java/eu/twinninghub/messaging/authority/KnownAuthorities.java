package eu.twinninghub.messaging.authority;

import eu.twinninghub.api.authority.AuthorityKind;
import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.events.Event;
import eu.twinninghub.events.authority.AuthorityProfile;
import eu.twinninghub.events.authority.AuthorityRegistered;
import eu.twinninghub.events.authority.AuthoritySuspended;
import eu.twinninghub.events.authority.AuthorityUpdated;
import eu.twinninghub.events.authority.AuthorityVerified;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.UUID;

/**
 * Keeps {@link KnownAuthority} from the authority events, in the consumer's transaction (behind its
 * idempotency guard). An update older than what is known changes nothing.
 */
@ApplicationScoped
public class KnownAuthorities {

    /** Applies {@code event}; true when it was an authority event, false for any other. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(Event<?> event) {
        switch (event.data()) {
            case AuthorityRegistered registered -> upsert(registered.authorityId(), registered.profile(), 0);
            case AuthorityUpdated updated -> upsert(updated.authorityId(), updated.profile(), updated.version());
            case AuthorityVerified verified -> verification(verified.authorityId(), Verification.VERIFIED);
            case AuthoritySuspended suspended -> verification(suspended.authorityId(), Verification.SUSPENDED);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void upsert(UUID id, AuthorityProfile profile, long version) {
        KnownAuthority authority = KnownAuthority.findById(id);
        if (authority == null) {
            authority = new KnownAuthority();
            authority.id = id;
        } else if (version < authority.version) {
            return;
        }
        authority.kind = AuthorityKind.valueOf(profile.kind());
        authority.country = profile.country();
        authority.officialCode = profile.officialCode();
        authority.nameLatin = profile.nameLatin();
        authority.nameOfficial = profile.nameOfficial();
        authority.parentId = profile.parentId();
        authority.rayon = profile.rayon();
        authority.settlementType = profile.settlementType();
        authority.population = profile.population();
        authority.networkIds = new ArrayList<>(profile.networkIds());
        authority.verification = Verification.valueOf(profile.verification());
        authority.version = version;
        authority.persist();
    }

    private static void verification(UUID id, Verification status) {
        KnownAuthority authority = KnownAuthority.findById(id);
        if (authority != null) {
            authority.verification = status;
        }
    }
}
