package eu.twinninghub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for a self-hosted LibreTranslate on 127.0.0.1: its published API ({@code POST
 * /translate} with {@code q}, {@code source}, {@code target}, {@code format}, {@code api_key},
 * answered with {@code translatedText}, refusals as {@code {"error"}} with 400 or 403). It is no
 * engine: it knows only the phrases it is given ({@code "de>uk:text"} → translation) and answers
 * "?" for any other, so a test checks the platform's side of the contract and nothing about
 * translation quality.
 */
public final class TranslationEngineStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TARGETS = List.of("uk", "en", "de", "pl");

    private final HttpServer server;
    private final String apiKey;
    private final Map<String, String> phrases;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    public TranslationEngineStandIn(String apiKey, Map<String, String> phrases) throws IOException {
        this.apiKey = apiKey;
        this.phrases = Map.copyOf(phrases);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/translate", this::translate);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every request body received, in order. */
    public List<JsonNode> received() {
        return List.copyOf(received);
    }

    private void translate(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        received.add(request);
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (!"POST".equals(exchange.getRequestMethod()) || type == null || !type.startsWith("application/json")) {
            answer(exchange, 400, Map.of("error", "Invalid request"));
        } else if (!apiKey.equals(request.path("api_key").asText())) {
            answer(exchange, 403, Map.of("error", "Invalid API key"));
        } else if (!TARGETS.contains(request.path("target").asText())) {
            answer(exchange, 400, Map.of("error", request.path("target").asText() + " is not supported"));
        } else {
            String phrase = request.path("source").asText() + ">" + request.path("target").asText() + ":"
                    + request.path("q").asText();
            answer(exchange, 200, Map.of("translatedText", phrases.getOrDefault(phrase, "?")));
        }
    }

    private static void answer(HttpExchange exchange, int status, Map<String, String> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
