package eu.twinninghub.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.twinninghub.service.security.AccessPolicy.Who;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole table of the platform's ownership rules: every kind of caller against every rule, for
 * data of authority A (a member of network N) with B on the other side. The gateway and the services
 * both apply {@link AccessPolicy}, so this table is what each of them enforces.
 */
class AccessPolicyTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID N = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    private static final UUID OTHER_NETWORK = UUID.fromString("00000000-0000-0000-0000-00000000000f");

    private static final Map<String, Who> CALLERS = Map.ofEntries(
            Map.entry("anonymous", Who.ANONYMOUS),
            Map.entry("member-of-A", who(A, Roles.AUTHORITY_MEMBER)),
            Map.entry("admin-of-A", who(A, Roles.AUTHORITY_ADMIN, Roles.AUTHORITY_MEMBER)),
            Map.entry("member-of-B", who(B, Roles.AUTHORITY_MEMBER)),
            Map.entry("admin-of-B", who(B, Roles.AUTHORITY_ADMIN, Roles.AUTHORITY_MEMBER)),
            Map.entry("network-of-A", who(N, Roles.PARTNER_NETWORK)),
            Map.entry("other-network", who(OTHER_NETWORK, Roles.PARTNER_NETWORK)),
            Map.entry("platform-admin", who(null, Roles.PLATFORM_ADMIN)),
            Map.entry("member-role-no-authority", who(null, Roles.AUTHORITY_MEMBER)),
            Map.entry("A-without-role", who(A)),
            Map.entry("newcomer", who(null, "default-roles-twinning")));

    @ParameterizedTest(name = "{0}: postsFor {1}, registers {2}, administers {3}, vouchesFor {4}, speaksForNetwork {5},"
            + " answersFor {6}, sees {7}, readsInboxOf {8}")
    @CsvSource(textBlock = """
            # caller                  postsFor registers administers vouchesFor network answersFor sees  inbox
            anonymous,                false,   false,    false,      false,     false,  false,     false, false
            member-of-A,              true,    false,    false,      false,     false,  true,      true,  true
            admin-of-A,               true,    false,    true,       false,     false,  true,      true,  true
            member-of-B,              false,   false,    false,      false,     false,  true,      true,  false
            admin-of-B,               false,   false,    false,      false,     false,  true,      true,  false
            network-of-A,             true,    true,     false,      true,      true,   false,     false, false
            other-network,            false,   true,     false,      false,     false,  false,     false, false
            platform-admin,           true,    true,     true,       true,      true,   false,     true,  true
            member-role-no-authority, false,   false,    false,      false,     false,  false,     false, false
            A-without-role,           false,   false,    false,      false,     false,  false,     true,  true
            """)
    void theTable(String caller, boolean postsFor, boolean registers, boolean administers, boolean vouchesFor,
            boolean speaksForNetwork, boolean answersFor, boolean sees, boolean readsInboxOf) {
        Who who = CALLERS.get(caller);
        List<UUID> networksOfA = List.of(N);
        List<UUID> sides = List.of(A, B);
        assertEquals(postsFor, AccessPolicy.postsFor(who, A, networksOfA), "postsFor");
        assertEquals(registers, AccessPolicy.registers(who), "registers");
        assertEquals(administers, AccessPolicy.administers(who, A), "administers");
        assertEquals(vouchesFor, AccessPolicy.vouchesFor(who, networksOfA), "vouchesFor");
        assertEquals(speaksForNetwork, AccessPolicy.speaksForNetwork(who, N), "speaksForNetwork");
        assertEquals(answersFor, AccessPolicy.answersFor(who, sides), "answersFor");
        assertEquals(sees, AccessPolicy.sees(who, sides), "sees");
        assertEquals(readsInboxOf, AccessPolicy.readsInboxOf(who, A), "readsInboxOf");
    }

    /** Memberships of A in network N: agreed by the two sides, ended by either or by a platform admin. */
    @ParameterizedTest(name = "{0}: consentsForNetwork {1}, consentsForMember {2}, endsMembership {3}, readsTrustOf {4}")
    @CsvSource(textBlock = """
            # caller                  forNetwork forMember ends   readsTrust
            anonymous,                false,     false,    false, false
            member-of-A,              false,     false,    false, true
            admin-of-A,               false,     true,     true,  true
            member-of-B,              false,     false,    false, false
            admin-of-B,               false,     false,    false, false
            network-of-A,             true,      false,    true,  false
            other-network,            false,     false,    false, false
            platform-admin,           false,     false,    true,  true
            member-role-no-authority, false,     false,    false, false
            A-without-role,           false,     false,    false, true
            """)
    void theMembershipTable(String caller, boolean consentsForNetwork, boolean consentsForMember, boolean endsMembership,
            boolean readsTrustOf) {
        Who who = CALLERS.get(caller);
        assertEquals(consentsForNetwork, AccessPolicy.consentsForNetwork(who, N), "consentsForNetwork");
        assertEquals(consentsForMember, AccessPolicy.consentsForMember(who, A), "consentsForMember");
        assertEquals(endsMembership, AccessPolicy.endsMembership(who, A, N), "endsMembership");
        assertEquals(readsTrustOf, AccessPolicy.readsTrustOf(who, A), "readsTrustOf");
    }

    /** A conversation between A and B: its messages speak for an authority, so only staff write. */
    @ParameterizedTest(name = "{0}: talksFor {1}, readsConversation {2}, closesConversation {3}")
    @CsvSource(textBlock = """
            # caller                  talks  reads  closes
            anonymous,                false, false, false
            member-of-A,              true,  true,  true
            admin-of-A,               true,  true,  true
            member-of-B,              true,  true,  true
            admin-of-B,               true,  true,  true
            network-of-A,             false, false, false
            other-network,            false, false, false
            platform-admin,           false, true,  true
            member-role-no-authority, false, false, false
            A-without-role,           false, false, false
            newcomer,                 false, false, false
            """)
    void theConversationTable(String caller, boolean talksFor, boolean readsConversation, boolean closesConversation) {
        Who who = CALLERS.get(caller);
        List<UUID> sides = List.of(A, B);
        assertEquals(talksFor, AccessPolicy.talksFor(who, sides), "talksFor");
        assertEquals(readsConversation, AccessPolicy.readsConversation(who, sides), "readsConversation");
        assertEquals(closesConversation, AccessPolicy.closesConversation(who, sides), "closesConversation");
    }

    /**
     * A team of a partnership that A coordinates and B is a member of, and a team without a
     * coordinator: only A's staff change the team; B's staff, or A's, end B's place.
     */
    @ParameterizedTest(name = "{0}: coordinates {1}, coordinates a team without one {2}, endsPlace of B {3}")
    @CsvSource(textBlock = """
            # caller                  coordinates noCoordinator endsPlaceOfB
            anonymous,                false,      false,        false
            member-of-A,              true,       false,        true
            admin-of-A,               true,       false,        true
            member-of-B,              false,      false,        true
            admin-of-B,               false,      false,        true
            network-of-A,             false,      false,        false
            other-network,            false,      false,        false
            platform-admin,           false,      false,        false
            member-role-no-authority, false,      false,        false
            A-without-role,           false,      false,        false
            newcomer,                 false,      false,        false
            """)
    void thePartnershipTeamTable(String caller, boolean coordinates, boolean coordinatesNone, boolean endsPlaceOfB) {
        Who who = CALLERS.get(caller);
        assertEquals(coordinates, AccessPolicy.coordinates(who, Optional.of(A)), "coordinates");
        assertEquals(coordinatesNone, AccessPolicy.coordinates(who, Optional.empty()), "coordinates none");
        assertEquals(endsPlaceOfB, AccessPolicy.endsPlace(who, B, Optional.of(A)), "endsPlace of B");
    }

    /** Claims for A (a member of network N) and for an authority not registered yet (null). */
    @ParameterizedTest(name = "{0}: claims {1}, decidesClaimFor A {2}, decidesClaimFor a new authority {3}")
    @CsvSource(textBlock = """
            # caller                  claims decidesA decidesNew
            anonymous,                false, false,   false
            member-of-A,              false, false,   false
            admin-of-A,               false, true,    false
            member-of-B,              false, false,   false
            admin-of-B,               false, false,   false
            network-of-A,             false, true,    false
            other-network,            false, false,   false
            platform-admin,           false, true,    true
            member-role-no-authority, true,  false,   false
            A-without-role,           false, false,   false
            newcomer,                 true,  false,   false
            """)
    void theClaimTable(String caller, boolean claims, boolean decidesForA, boolean decidesForNew) {
        Who who = CALLERS.get(caller);
        assertEquals(claims, AccessPolicy.claims(who), "claims");
        assertEquals(decidesForA, AccessPolicy.decidesClaimFor(who, A, List.of(N)), "decidesClaimFor A");
        assertEquals(decidesForNew, AccessPolicy.decidesClaimFor(who, null, List.of()), "decidesClaimFor new");
    }

    private static Who who(UUID authority, String... roles) {
        return new Who(Set.of(roles), Optional.ofNullable(authority));
    }
}
