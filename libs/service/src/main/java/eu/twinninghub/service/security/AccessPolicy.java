package eu.twinninghub.service.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The ownership rules of the platform, written once. The gateway applies them at the edge before a
 * call leaves it, and each service applies them again with what it knows (no trust in the network);
 * both ask this class, so the two cannot disagree. Pure: who is asking and whose data it is go in,
 * a yes or no comes out ({@code AccessPolicyTest} holds the whole table).
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** What the rules need to know of a caller: its realm roles and the authority its token is bound to. */
    public record Who(Set<String> roles, Optional<UUID> authority) {

        public static final Who ANONYMOUS = new Who(Set.of(), Optional.empty());

        boolean is(String role) {
            return roles.contains(role);
        }

        boolean actsFor(UUID id) {
            return authority.filter(id::equals).isPresent();
        }

        boolean isStaffOf(UUID id) {
            return (is(Roles.AUTHORITY_MEMBER) || is(Roles.AUTHORITY_ADMIN)) && actsFor(id);
        }

        boolean isNetworkAmong(Collection<UUID> networks) {
            return is(Roles.PARTNER_NETWORK) && authority.filter(networks::contains).isPresent();
        }
    }

    /**
     * Posts and edits the needs and offers of {@code authority}: its staff, a partner network it
     * belongs to ({@code networksOfAuthority}), a platform admin.
     */
    public static boolean postsFor(Who who, UUID authority, Collection<UUID> networksOfAuthority) {
        return who.is(Roles.PLATFORM_ADMIN) || who.isStaffOf(authority) || who.isNetworkAmong(networksOfAuthority);
    }

    /** Registers a new authority in the register: a partner network (which vouches for it), a platform admin. */
    public static boolean registers(Who who) {
        return who.is(Roles.PLATFORM_ADMIN) || who.is(Roles.PARTNER_NETWORK);
    }

    /** Edits the profile and people of {@code authority}: its administrators, a platform admin. */
    public static boolean administers(Who who, UUID authority) {
        return who.is(Roles.PLATFORM_ADMIN) || who.is(Roles.AUTHORITY_ADMIN) && who.actsFor(authority);
    }

    /** Verifies or suspends an authority: a partner network it belongs to, a platform admin. */
    public static boolean vouchesFor(Who who, Collection<UUID> networksOfAuthority) {
        return who.is(Roles.PLATFORM_ADMIN) || who.isNetworkAmong(networksOfAuthority);
    }

    /** Manages what belongs to {@code network} itself (its webhooks): the network, a platform admin. */
    public static boolean speaksForNetwork(Who who, UUID network) {
        return who.is(Roles.PLATFORM_ADMIN) || who.is(Roles.PARTNER_NETWORK) && who.actsFor(network);
    }

    /**
     * Says yes, for the network's side, to a membership in {@code network}: the network itself. Not
     * a platform admin: a membership is what the two sides agreed, and the admin is neither.
     */
    public static boolean consentsForNetwork(Who who, UUID network) {
        return who.is(Roles.PARTNER_NETWORK) && who.actsFor(network);
    }

    /** Says yes, for the member's side, to a membership of {@code authority}: its administrators. */
    public static boolean consentsForMember(Who who, UUID authority) {
        return who.is(Roles.AUTHORITY_ADMIN) && who.actsFor(authority);
    }

    /** Ends a membership of {@code authority} in {@code network}, or a request for one: either side, a platform admin. */
    public static boolean endsMembership(Who who, UUID authority, UUID network) {
        return who.is(Roles.PLATFORM_ADMIN) || consentsForNetwork(who, network) || consentsForMember(who, authority);
    }

    /**
     * Claims an authority (or proposes one): a signed-in person (every token of the realm carries its
     * default roles) who acts for none yet. Networks and platform admins have other ways in.
     */
    public static boolean claims(Who who) {
        return !who.roles().isEmpty() && who.authority().isEmpty() && !who.is(Roles.PLATFORM_ADMIN)
                && !who.is(Roles.PARTNER_NETWORK);
    }

    /**
     * Decides a person's claim to act for {@code authority}: a platform admin, a network the authority
     * accepted, the authority's own admin ("a colleague asks to join"). A claim for an authority not
     * yet registered ({@code authority} null): a platform admin only.
     */
    public static boolean decidesClaimFor(Who who, UUID authority, Collection<UUID> networksOfAuthority) {
        if (who.is(Roles.PLATFORM_ADMIN)) {
            return true;
        }
        return authority != null && (who.isNetworkAmong(networksOfAuthority)
                || who.is(Roles.AUTHORITY_ADMIN) && who.actsFor(authority));
    }

    /** Reads the memberships and the trust trail of {@code authority}: its own people, a platform admin. */
    public static boolean readsTrustOf(Who who, UUID authority) {
        return who.is(Roles.PLATFORM_ADMIN) || who.actsFor(authority);
    }

    /**
     * Answers for one of {@code sides} of a proposal or a partnership: staff of that side only. Not a
     * platform admin, nor a network: an answer commits the authority.
     */
    public static boolean answersFor(Who who, Collection<UUID> sides) {
        return sides.stream().anyMatch(who::isStaffOf);
    }

    /**
     * Changes a team of a partnership (invites to it, hands its coordination over): the staff of the
     * team's {@code coordinator} only; no one while the team has none. Not a platform admin, nor a
     * network: who is on a team commits the authorities on it.
     */
    public static boolean coordinates(Who who, Optional<UUID> coordinator) {
        return coordinator.filter(who::isStaffOf).isPresent();
    }

    /**
     * Ends {@code authority}'s place in a partnership (declines an invitation, leaves, is removed): its
     * own staff, or the staff of its team's coordinator.
     */
    public static boolean endsPlace(Who who, UUID authority, Optional<UUID> coordinatorOfItsTeam) {
        return who.isStaffOf(authority) || coordinates(who, coordinatorOfItsTeam);
    }

    /** Sees a proposal or a partnership that is not public yet: its sides' people, a platform admin. */
    public static boolean sees(Who who, Collection<UUID> sides) {
        return who.is(Roles.PLATFORM_ADMIN) || who.authority().filter(sides::contains).isPresent();
    }

    /**
     * Reads the e-mail addresses of {@code authority}'s contacts (real town-hall staff): its own
     * people, a network it accepted, an authority a proposal or partnership brings it together with
     * ({@code counterparts}: those of the caller's authority), a platform admin.
     */
    public static boolean readsContactsOf(Who who, UUID authority, Collection<UUID> networksOfAuthority,
                                          Collection<UUID> counterparts) {
        return who.is(Roles.PLATFORM_ADMIN) || who.actsFor(authority) || who.isNetworkAmong(networksOfAuthority)
                || who.authority().isPresent() && counterparts.contains(authority);
    }

    /**
     * Writes in a conversation between {@code sides} (expresses interest, reports, proposes): staff
     * of a side only. Not a platform admin, nor a network: a message speaks for the authority.
     */
    public static boolean talksFor(Who who, Collection<UUID> sides) {
        return sides.stream().anyMatch(who::isStaffOf);
    }

    /** Reads a conversation between {@code sides}: staff of a side, a platform admin (whose read is recorded). */
    public static boolean readsConversation(Who who, Collection<UUID> sides) {
        return who.is(Roles.PLATFORM_ADMIN) || talksFor(who, sides);
    }

    /** Closes a conversation between {@code sides}: staff of a side, a platform admin (against abuse). */
    public static boolean closesConversation(Who who, Collection<UUID> sides) {
        return readsConversation(who, sides);
    }

    /** Reads the inbox of {@code authority}: its own people, a platform admin. */
    public static boolean readsInboxOf(Who who, UUID authority) {
        return who.is(Roles.PLATFORM_ADMIN) || who.actsFor(authority);
    }
}
