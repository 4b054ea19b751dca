package eu.twinninghub.testing;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner network's webhook endpoint, inside the test, on 127.0.0.1: it checks every signature
 * with the Standard Webhooks library, fails the first {@code failures} requests with 500, and keeps
 * the bodies it accepted.
 */
public final class WebhookReceiver implements AutoCloseable {

    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final HttpServer server;
    private volatile int failures;
    private volatile String secret;

    public WebhookReceiver(int failures) throws IOException {
        this.failures = failures;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int n = requests.incrementAndGet();
            int status;
            try {
                new Webhook(secret).verify(body, Map.copyOf(exchange.getRequestHeaders()));
                status = n <= this.failures ? 500 : 200;
            } catch (Exception e) {
                badSignatures.incrementAndGet();
                status = 401;
            }
            if (status == 200) {
                accepted.add(body);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The subscription's signing secret, as the platform returned it when the webhook was created. */
    public void secret(String secret) {
        this.secret = secret;
    }

    /** From now on, fail the first {@code failures} requests counted since the start. */
    public void failures(int failures) {
        this.failures = failures;
    }

    /** Bodies of the deliveries accepted (signature valid, answered 200), in arrival order. */
    public List<String> accepted() {
        return List.copyOf(accepted);
    }

    public int requests() {
        return requests.get();
    }

    public int badSignatures() {
        return badSignatures.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
