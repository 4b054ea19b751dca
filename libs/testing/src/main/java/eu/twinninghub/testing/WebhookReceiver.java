package eu.twinninghub.testing;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner network's webhook endpoint, inside the test, on 127.0.0.1: it checks every signature
 * with the Standard Webhooks library (against each secret it was given), fails the first
 * {@code failures} requests with 500, may hold each request before answering, and keeps the bodies
 * it accepted and the Host headers it was sent.
 */
public final class WebhookReceiver implements AutoCloseable {

    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final List<String> hosts = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private final HttpServer server;
    private volatile int failures;
    private volatile Duration hold = Duration.ZERO;
    private volatile List<String> secrets = List.of();

    public WebhookReceiver(int failures) throws IOException {
        this.failures = failures;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int n = requests.incrementAndGet();
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            try {
                released.await(hold.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int status = n <= this.failures ? 500 : 200;
            try {
                if (secrets.isEmpty()) {
                    throw new IllegalStateException("no secret to check the signature with yet");
                }
                for (String secret : secrets) {
                    new Webhook(secret).verify(body, Map.copyOf(exchange.getRequestHeaders()));
                }
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
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The subscription's signing secret, as the platform returned it when the webhook was created. */
    public void secret(String secret) {
        this.secrets = List.of(secret);
    }

    /** Secrets every delivery must carry a valid signature of, e.g. the new and previous during a rotation. */
    public void secrets(String... secrets) {
        this.secrets = List.of(secrets);
    }

    /** The secrets deliveries are checked with. */
    public List<String> secretsInUse() {
        return secrets;
    }

    /** From now on, answer each request only after {@code hold}, or when closed, whichever comes first. */
    public void hold(Duration hold) {
        this.hold = hold;
    }

    /** The Host header of every request, in arrival order. */
    public List<String> hosts() {
        return List.copyOf(hosts);
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
        released.countDown();
        server.stop(0);
    }
}
