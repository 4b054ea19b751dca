package eu.twinninghub.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * People of authorities registered during a test, created in the test Keycloak through its
 * Admin API, as an operator would once an authority is verified.
 */
public final class RealmUsers {

    private RealmUsers() {
    }

    /** An administrator of {@code authority}; signs in with the demo password. */
    public static String adminOf(UUID authority, String language) {
        String username = "e2e-" + authority.toString().substring(0, 8) + "-" + UUID.randomUUID().toString().substring(0, 4);
        String admin = Tokens.masterAdmin();
        String id = create(admin, username, Map.of("authority_id", List.of(authority.toString()), "locale", List.of(language)));
        grantRealmRole(admin, id, "authority-admin");
        return username;
    }

    /** A person with a verified e-mail address and no authority or role yet, as Keycloak's sign-up leaves them. */
    public static String newcomer(String language) {
        String username = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);
        create(Tokens.masterAdmin(), username, Map.of("locale", List.of(language)));
        return username;
    }

    /** Creates {@code username} with the demo password; answers its Keycloak id. */
    private static String create(String admin, String username, Map<String, List<String>> attributes) {
        RestAssured.given().baseUri(TestKeycloak.url()).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "emailVerified", true,
                        "firstName", "Story", "lastName", "Tester", "email", username + "@twinninghub.example",
                        "attributes", attributes,
                        "credentials", List.of(Map.of("type", "password", "value", Tokens.DEMO_PASSWORD, "temporary", false))))
                .post("/admin/realms/twinning/users").then().statusCode(201);
        return RestAssured.given().baseUri(TestKeycloak.url()).auth().oauth2(admin)
                .queryParam("username", username).queryParam("exact", true)
                .get("/admin/realms/twinning/users").then().statusCode(200).extract().path("[0].id");
    }

    /**
     * Lets the gateway's web pages, on the port a test gave them, send people back from Keycloak's
     * sign-in (the realm file allows port 8080, the one of {@code make run}).
     */
    public static void allowSignInAt(URI gateway) {
        String admin = Tokens.masterAdmin();
        String id = RestAssured.given().baseUri(TestKeycloak.url()).auth().oauth2(admin)
                .queryParam("clientId", "twinning-gateway")
                .get("/admin/realms/twinning/clients").then().statusCode(200).extract().path("[0].id");
        Map<String, Object> client = RestAssured.given().baseUri(TestKeycloak.url()).auth().oauth2(admin)
                .get("/admin/realms/twinning/clients/" + id).then().statusCode(200).extract().path("$");
        List<Object> redirects = new ArrayList<>((List<?>) client.get("redirectUris"));
        String here = gateway.toString().replaceAll("/$", "") + "/*";
        if (!redirects.contains(here)) {
            redirects.add(here);
            client.put("redirectUris", redirects);
            RestAssured.given().baseUri(TestKeycloak.url()).auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(client).put("/admin/realms/twinning/clients/" + id).then().statusCode(204);
        }
    }

    /** A confidential client of the realm; {@link #token()} is fresh whenever the last one is near its end. */
    public record Client(String clientId, String secret) {
        public String token() {
            return Tokens.forClient(clientId, secret);
        }
    }

    /**
     * The integration of another partner network: a client like the demo's {@code partner-auc}, whose
     * service account acts for {@code network}.
     */
    public static Client networkIntegrationOf(UUID network) {
        String admin = Tokens.masterAdmin();
        Map<String, Object> client = new HashMap<>(RestAssured.given().baseUri(TestKeycloak.url()).auth().oauth2(admin)
                .queryParam("clientId", "partner-auc").get("/admin/realms/twinning/clients").then().statusCode(200)
                .extract().<Map<String, Object>>path("[0]"));
        String clientId = "partner-" + network.toString().substring(0, 8) + "-" + UUID.randomUUID().toString().substring(0, 4);
        String secret = UUID.randomUUID().toString();
        client.remove("id");
        client.put("clientId", clientId);
        client.put("name", "another partner network (test)");
        client.put("secret", secret);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> mappers = (List<Map<String, Object>>) client.get("protocolMappers");
        mappers.forEach(mapper -> mapper.remove("id"));
        String location = RestAssured.given().baseUri(TestKeycloak.url()).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(client).post("/admin/realms/twinning/clients").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        Map<String, Object> account = new HashMap<>(RestAssured.given().baseUri(TestKeycloak.url()).auth().oauth2(admin)
                .get("/admin/realms/twinning/clients/" + id + "/service-account-user").then().statusCode(200)
                .extract().<Map<String, Object>>path("$"));
        account.put("attributes", Map.of("authority_id", List.of(network.toString())));
        RestAssured.given().baseUri(TestKeycloak.url()).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(account).put("/admin/realms/twinning/users/" + account.get("id")).then().statusCode(204);
        grantRealmRole(admin, (String) account.get("id"), "partner-network");
        return new Client(clientId, secret);
    }

    private static void grantRealmRole(String admin, String userId, String roleName) {
        Map<String, Object> role = RestAssured.given().baseUri(TestKeycloak.url()).auth().oauth2(admin)
                .get("/admin/realms/twinning/roles/" + roleName).then().statusCode(200).extract().path("$");
        RestAssured.given().baseUri(TestKeycloak.url()).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(List.of(role)).post("/admin/realms/twinning/users/" + userId + "/role-mappings/realm")
                .then().statusCode(204);
    }

    /** Makes the test Keycloak send its mail (sign-up, invitations) to an SMTP server of the test's own. */
    public static void sendMailTo(int smtpPort) {
        String admin = Tokens.masterAdmin();
        Map<String, Object> realm = RestAssured.given().baseUri(TestKeycloak.url()).auth().oauth2(admin)
                .get("/admin/realms/twinning").then().statusCode(200).extract().path("$");
        @SuppressWarnings("unchecked")
        Map<String, Object> smtp = new HashMap<>((Map<String, Object>) realm.getOrDefault("smtpServer", Map.of()));
        smtp.put("host", "127.0.0.1");
        smtp.put("port", Integer.toString(smtpPort));
        // A Keycloak whose realm came from an older realm file has no sender yet.
        smtp.putIfAbsent("from", "no-reply@twinninghub.local");
        RestAssured.given().baseUri(TestKeycloak.url()).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("smtpServer", smtp)).put("/admin/realms/twinning").then().statusCode(204);
    }
}
