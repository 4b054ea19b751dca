package eu.twinninghub.gateway.downstream;

import eu.twinninghub.api.problem.ProblemType;
import eu.twinninghub.service.problem.ProblemException;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Context;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * One service's API as the gateway calls it: reads are retried when the service was unreachable or
 * restarting, writes never (a write that may have landed must not land twice); a circuit breaker
 * stops calls to a service that keeps failing, so callers get a 503 at once instead of waiting.
 */
public final class Downstream<A> {

    private static final TypeLiteral<CompletionStage<Object>> LATER = new TypeLiteral<>() {
    };

    private final String service;
    private final A client;
    private final Guard reads;
    private final Guard writes;
    private final Duration openFor;

    Downstream(String service, A client, DownstreamConfig config) {
        this.service = service;
        this.client = client;
        this.openFor = config.circuitOpenFor();
        this.reads = Guard.create()
                .withDescription(service + " reads")
                // A read that answers later only starts a request, so it starts on the caller's thread
                // (on an event loop, SmallRye still hands each retry and the completion back through
                // the Vert.x context: about 5% of a relayed search's CPU, with the context it captures).
                .withThreadOffload(false)
                .withRetry().maxRetries(config.readRetries()).delay(100, ChronoUnit.MILLIS).jitter(50, ChronoUnit.MILLIS)
                .whenException(Downstream::worthRetrying).done()
                .with(builder -> breaker(builder, config))
                .build();
        this.writes = Guard.create()
                .withDescription(service + " writes")
                .with(builder -> breaker(builder, config))
                .build();
    }

    public String service() {
        return service;
    }

    /** An idempotent call (GET). */
    public <T> T read(Function<A, T> call) {
        return guarded(reads, call);
    }

    /**
     * An idempotent call that answers later: no thread waits while the service works, and a retry
     * waits on a timer. Its failures are those of {@link #read(Function)}.
     */
    @SuppressWarnings("unchecked")
    public <T> CompletionStage<T> readLater(Function<A, CompletionStage<T>> call) {
        CompletionStage<T> answer;
        try {
            answer = (CompletionStage<T>) (CompletionStage<?>) reads.get(
                    () -> (CompletionStage<Object>) (CompletionStage<?>) call.apply(client), LATER);
        } catch (RuntimeException e) {
            return CompletableFuture.failedStage(translated(e));
        }
        return answer.exceptionallyCompose(e -> CompletableFuture.failedStage(translated(unwrapped(e))));
    }

    /**
     * An idempotent call whose answer the API hands on as it is ({@link Relay}), read here as
     * {@code type}. It waits for the answer, so only a worker thread may call it: the answer arrives
     * on an event loop, and an event loop waiting for it would wait for ever.
     */
    public <T> T read(Function<A, CompletionStage<Response>> call, GenericType<T> type) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("a blocking read of " + service + " on an event loop");
        }
        CompletionStage<T> read = readLater(call).thenApply(answer -> {
            try (answer) {
                return answer.readEntity(type);
            }
        });
        try {
            return read.toCompletableFuture().join();
        } catch (CompletionException e) {
            throw unwrapped(e) instanceof RuntimeException failure ? failure : e;
        }
    }

    /** A call that changes something: one attempt only. */
    public <T> T write(Function<A, T> call) {
        return guarded(writes, call);
    }

    @SuppressWarnings("unchecked")
    private <T> T guarded(Guard guard, Function<A, T> call) {
        try {
            return (T) guard.get(() -> call.apply(client), Object.class);
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /** What the caller is told when the service could not be asked or did not answer. */
    private RuntimeException translated(Throwable e) {
        if (e instanceof CircuitBreakerOpenException) {
            return ProblemException.retryLater(ProblemType.UNAVAILABLE,
                    service + " is failing; calls to it are paused for a few seconds", openFor);
        }
        if (e instanceof ProcessingException) {
            return ProblemException.retryLater(ProblemType.UNAVAILABLE,
                    service + " did not answer: " + reason(e), openFor);
        }
        return e instanceof RuntimeException runtime ? runtime : new CompletionException(e);
    }

    private static Throwable unwrapped(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    private static void breaker(Guard.Builder builder, DownstreamConfig config) {
        builder.withCircuitBreaker()
                .requestVolumeThreshold(config.circuitWindow())
                .failureRatio(config.circuitFailureRatio())
                .delay(config.circuitOpenFor().toMillis(), ChronoUnit.MILLIS)
                .when(Downstream::countsAgainstService)
                .done();
    }

    /** A refusal of the request (4xx) says nothing about the service's health. */
    static boolean countsAgainstService(Throwable failure) {
        Throwable e = unwrapped(failure);
        return e instanceof ProcessingException || e instanceof DownstreamAnswer answer && answer.isServerFailure();
    }

    /** Retried: the service refused the connection or said it is restarting. A timeout is not retried. */
    static boolean worthRetrying(Throwable e) {
        if (unwrapped(e) instanceof DownstreamAnswer answer) {
            return answer.isTransient();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "it is unreachable";
            }
            String name = cause.getClass().getSimpleName();
            if (name.contains("Timeout")) {
                return "no answer in time";
            }
        }
        return "the connection failed";
    }
}
