package eu.twinninghub.notifications.webhook;

import eu.twinninghub.api.webhook.DeliveryOutcome;
import eu.twinninghub.notifications.config.WebhooksConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;

/**
 * POSTs one delivery to the address {@link UrlPolicy} checked — never to a fresh lookup of the
 * name — while the Host header, TLS server name and certificate check still use the URL's host.
 * Redirects are not followed: they could lead anywhere. Blocks the calling (virtual) thread.
 */
@ApplicationScoped
public class Sender {

    /** How an attempt ended; {@code status} is the receiver's answer, if there was one. */
    public record Result(DeliveryOutcome outcome, Integer status) {

        static Result answered(int status) {
            return new Result(status / 100 == 2 ? DeliveryOutcome.DELIVERED : DeliveryOutcome.HTTP_ERROR, status);
        }

        static Result of(DeliveryOutcome outcome) {
            return new Result(outcome, null);
        }
    }

    private final WebhooksConfig config;
    private final HttpClient client;

    public Sender(Vertx vertx, WebhooksConfig config) {
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(config.concurrency())
                .setVerifyHost(true));
    }

    public Result send(UrlPolicy.Target target, Map<String, String> headers, String body) {
        String host = target.uri().getHost().replaceAll("^\\[|]$", "");
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST)
                .setHost(host).setPort(target.port()).setURI(target.requestUri()).setSsl(target.secure())
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setFollowRedirects(false)
                .setIdleTimeout(config.timeout().toMillis());
        headers.forEach(options::addHeader);
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        Future<Integer> answer = client.request(options).compose(request -> {
            sent.set(request);
            return request.send(Buffer.buffer(body));
        }).compose(response -> response.end().map(ignored -> response.statusCode()));
        try {
            return Result.answered(answer.toCompletionStage().toCompletableFuture()
                    .get(config.connectTimeout().plus(config.timeout()).toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            // A receiver that trickles its answer forever must not keep the connection.
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
            return Result.of(DeliveryOutcome.TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.of(DeliveryOutcome.TIMEOUT);
        } catch (ExecutionException e) {
            return Result.of(category(e.getCause()));
        }
    }

    private static DeliveryOutcome category(Throwable failure) {
        if (failure instanceof ConnectException || failure instanceof SSLException) {
            return DeliveryOutcome.UNREACHABLE;
        }
        return failure.getClass().getSimpleName().contains("Timeout") ? DeliveryOutcome.TIMEOUT
                : DeliveryOutcome.UNREACHABLE;
    }
}
