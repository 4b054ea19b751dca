package eu.twinninghub.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Tokens from the real Keycloak carry what the services authorise on: roles and authority_id. */
@Tag(UnitTestsOnly.INFRASTRUCTURE)
class KeycloakTokenTest {

    @Test
    void aHromadaAdminGetsATokenWithItsAuthorityAndRoles() {
        JsonNode claims = Tokens.claims(Tokens.forUser("vinnytsia-admin"));

        assertEquals("c69235b9-4730-305d-8fee-c51897a80b07", claims.get("authority_id").asText());
        List<String> roles = roles(claims);
        assertTrue(roles.contains("authority-admin"), roles.toString());
        assertTrue(roles.contains("authority-member"), "authority-admin includes authority-member: " + roles);
        assertEquals(TestKeycloak.realmUrl(), claims.get("iss").asText());
    }

    @Test
    void aPartnerNetworkServiceAccountGetsATokenByClientCredentials() {
        JsonNode claims = Tokens.claims(Tokens.forClient("partner-auc", TestKeycloak.clientSecret("partner-auc")));

        assertTrue(roles(claims).contains("partner-network"));
        assertEquals("5232bfc8-354b-3dba-852d-642bb2510350", claims.get("authority_id").asText());
    }

    @Test
    void aPlatformAdminHasNoAuthority() {
        JsonNode claims = Tokens.claims(Tokens.forUser("platform-admin"));

        assertTrue(roles(claims).contains("platform-admin"));
        assertFalse(claims.has("authority_id"));
    }

    @Test
    void aWrongSecretIsRefused() {
        assertThrows(IllegalStateException.class, () -> Tokens.forClient("partner-auc", "wrong"));
    }

    private static List<String> roles(JsonNode claims) {
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }
}
