package eu.twinninghub.gateway.edge;

import eu.twinninghub.api.problem.ProblemType;
import eu.twinninghub.service.problem.ProblemException;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A budget per client: per signed-in person or service account, else per address. A client over
 * its budget gets 429 with {@code Retry-After}; others are unaffected. The budget is per gateway
 * replica (see the README for what that means behind several).
 */
public class RateLimits {

    private final ClientBudgets budgets;
    private final CurrentIdentityAssociation identities;

    public RateLimits(ClientBudgets budgets, CurrentIdentityAssociation identities) {
        this.budgets = budgets;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> limit(HttpServerRequest request) {
        if (!budgets.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity()
                // A token that fails here fails again where the request needs it, with a 401.
                .onFailure().recoverWithNull()
                .map(identity -> {
                    ConsumptionProbe probe = budgets.spend(client(identity, request));
                    if (!probe.isConsumed()) {
                        throw ProblemException.retryLater(ProblemType.RATE_LIMITED,
                                "more than " + budgets.requestsPerSecond() + " requests a second: slow down",
                                Duration.ofNanos(probe.getNanosToWaitForRefill()));
                    }
                    return null;
                });
    }

    private static String client(SecurityIdentity identity, HttpServerRequest request) {
        if (identity != null && !identity.isAnonymous()) {
            return "sign-in:" + identity.getPrincipal().getName();
        }
        return "address:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
    }
}
