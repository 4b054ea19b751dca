package eu.twinninghub.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.twinninghub.testing.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client that behaves as a partner's integration should while parts of the platform fail: it
 * repeats a call that got no answer, a 5xx or a 429, with the same Idempotency-Key for creations,
 * until it gets an answer of the platform's own or its patience ends.
 */
final class Persistent {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    final AtomicInteger retries = new AtomicInteger();

    Persistent(URI base) {
        this.base = base;
    }

    record Answer(int status, JsonNode body) {
    }

    Answer post(String user, String path, String body, String idempotencyKey) {
        return call(user, "POST", path, body, idempotencyKey);
    }

    Answer get(String user, String path) {
        return call(user, "GET", path, null, null);
    }

    private Answer call(String user, String method, String path, String body, String idempotencyKey) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + Tokens.forUser(user))
                        .header("Content-Type", "application/json")
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
                if (idempotencyKey != null) {
                    request.header("Idempotency-Key", idempotencyKey);
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500 && response.statusCode() != 429) {
                    return new Answer(response.statusCode(),
                            response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
                }
            } catch (IOException e) {
                // No answer: the gateway or the service behind it is restarting. Ask again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (RuntimeException e) {
                // Keycloak is slow to give a token while the machine is loaded: ask again.
            }
            if (System.nanoTime() > deadline) {
                throw new UncheckedIOException(new IOException(method + " " + path + " had no answer within " + PATIENCE));
            }
            retries.incrementAndGet();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
