package eu.twinninghub.authorities.membership;

import eu.twinninghub.api.authority.MembershipState;
import eu.twinninghub.api.authority.MembershipView;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A membership of an authority in a partner network, or the request for one that waits for the
 * other side. Ending it removes the row; the trust trail keeps the history.
 */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    public MembershipState state;

    public String askedBy;
    public Instant askedAt;
    public Instant decidedAt;

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "authority_id")
        public UUID authorityId;

        @Column(name = "network_id")
        public UUID networkId;

        protected Key() {
        }

        public Key(UUID authorityId, UUID networkId) {
            this.authorityId = authorityId;
            this.networkId = networkId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && authorityId.equals(key.authorityId) && networkId.equals(key.networkId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(authorityId, networkId);
        }
    }

    static Membership asked(UUID authority, UUID network, MembershipState state, String by, Instant at) {
        Membership membership = new Membership();
        membership.key = new Key(authority, network);
        membership.state = state;
        membership.askedBy = by;
        membership.askedAt = at;
        return membership;
    }

    static Membership find(UUID authority, UUID network) {
        return findById(new Key(authority, network));
    }

    /** Every membership and request of {@code authority}, as a member or as the network. */
    static List<Membership> involving(UUID authority) {
        return list("key.authorityId = ?1 or key.networkId = ?1 order by askedAt, key.authorityId, key.networkId",
                authority);
    }

    public MembershipView view() {
        return view(state);
    }

    public MembershipView view(MembershipState shown) {
        return new MembershipView(key.authorityId, key.networkId, shown, askedBy, askedAt, decidedAt);
    }
}
