package eu.twinninghub.gateway.translation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The adapter for a self-hosted engine that speaks LibreTranslate's published API: {@code POST
 * /translate} with {@code q}, {@code source}, {@code target}, {@code format} (and {@code api_key}),
 * answered with {@code translatedText}. Results are cached by text and languages; a failure is
 * logged and shown as no translation, never as an error page, since the original is always there.
 */
public final class LibreTranslate implements Translator {

    private static final Logger LOG = Logger.getLogger(LibreTranslate.class);

    private final URI endpoint;
    private final Optional<String> apiKey;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Cache<Key, Translation> cache;

    private record Key(String text, String from, String to) {
    }

    public LibreTranslate(URI base, Optional<String> apiKey, Duration timeout, long cacheSize, ObjectMapper json) {
        this.endpoint = base.resolve(base.getPath().endsWith("/") ? "translate" : base.getPath() + "/translate");
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Optional<Translation> translate(String text, String from, String to) {
        Key key = new Key(text, from, to);
        Translation known = cache.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Translation> made = call(key);
        made.ifPresent(translation -> cache.put(key, translation));
        return made;
    }

    private Optional<Translation> call(Key key) {
        ObjectNode body = json.createObjectNode().put("q", key.text()).put("source", key.from())
                .put("target", key.to()).put("format", "text");
        apiKey.ifPresent(secret -> body.put("api_key", secret));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode read = json.readTree(answer.body());
            if (answer.statusCode() != 200 || !read.path("translatedText").isTextual()) {
                LOG.warnf("translation engine at %s answered %d: %s", endpoint, answer.statusCode(),
                        read.path("error").asText(""));
                return Optional.empty();
            }
            return Optional.of(new Translation(read.path("translatedText").asText(), key.from(), key.to(),
                    "LibreTranslate"));
        } catch (IOException e) {
            LOG.warnf("translation engine at %s not reachable: %s", endpoint, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
