package eu.twinninghub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from the test run's Keycloak: for the demo users of the realm (password
 * grant through the local-development client {@code twinning-cli}) and for service accounts
 * (client credentials). A token is cached until shortly before it expires (the realm's live for
 * fifteen minutes, the master realm's admin token for one): each new one costs Keycloak a password
 * check and the services a signature check, and the suite signs in all the time.
 */
public final class Tokens {

    /** LOCAL DEVELOPMENT ONLY: the password of every demo user of deploy/keycloak/twinning-realm.json. */
    public static final String DEMO_PASSWORD = "twinning-demo";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String forUser(String username) {
        return cached("user:" + username, TestKeycloak.realmUrl(), Map.of("grant_type", "password",
                "client_id", "twinning-cli", "username", username, "password", DEMO_PASSWORD, "scope", "openid"));
    }

    /** A demo user's token issued for another client of the realm, e.g. {@code admin-cli}: not for the platform. */
    public static String forUserThrough(String clientId, String username) {
        return request(TestKeycloak.realmUrl(), Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", DEMO_PASSWORD, "scope", "openid")).get("access_token").asText();
    }

    /** Drops the token held for {@code username}, so that the next one is fresh (after a change of their roles). */
    public static void forget(String username) {
        CACHE.remove("user:" + username);
    }

    public static String forClient(String clientId, String secret) {
        return cached("client:" + clientId + ":" + secret.hashCode(), TestKeycloak.realmUrl(),
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** The claims of a token, read without checking its signature (the services check it). */
    public static JsonNode claims(String token) {
        String[] parts = token.split("\\.");
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    private record Cached(String token, long expiresAtMillis) {
    }

    /** LOCAL DEVELOPMENT ONLY: a token of the test Keycloak's master admin (see KeycloakServer). */
    static String masterAdmin() {
        return cached("master-admin", TestKeycloak.url() + "/realms/master", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", "admin", "password", "admin"));
    }

    private static String cached(String key, String realmUrl, Map<String, String> form) {
        Cached hit = CACHE.get(key);
        if (hit != null && hit.expiresAtMillis() > System.currentTimeMillis()) {
            return hit.token();
        }
        JsonNode answer = request(realmUrl, form);
        String token = answer.get("access_token").asText();
        long lifetimeMillis = answer.path("expires_in").asLong(60) * 1_000;
        // Handed out with at least a quarter of its life left (a minute at most): time for any one test's calls.
        long margin = Math.min(lifetimeMillis / 4, 60_000);
        CACHE.put(key, new Cached(token, System.currentTimeMillis() + lifetimeMillis - margin));
        return token;
    }

    private static JsonNode request(String realmUrl, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
