package eu.twinninghub.gateway.downstream;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.twinninghub.api.analytics.AnalyticsApi;
import eu.twinninghub.api.authority.AuthorityApi;
import eu.twinninghub.api.claim.ClaimApi;
import eu.twinninghub.api.conversation.ConversationApi;
import eu.twinninghub.api.match.MatchApi;
import eu.twinninghub.api.need.NeedApi;
import eu.twinninghub.api.notification.NotificationApi;
import eu.twinninghub.api.offer.OfferApi;
import eu.twinninghub.api.partnership.PartnershipApi;
import eu.twinninghub.api.staff.StaffApi;
import eu.twinninghub.api.webhook.WebhookApi;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The typed clients of every service, built from the same {@code libs/api} interfaces the services
 * implement, so that the gateway and the services cannot disagree on a path or a field.
 */
@ApplicationScoped
public class Downstreams {

    private final Downstream<AuthorityApi> authorities;
    private final Downstream<ClaimApi> claims;
    private final Downstream<StaffApi> staff;
    private final Downstream<NeedApi> needs;
    private final Downstream<OfferApi> offers;
    private final Downstream<MatchApi> matches;
    private final Downstream<PartnershipApi> partnerships;
    private final Downstream<PartnershipApi> partnershipImports;
    private final Downstream<ConversationApi> conversations;
    private final Downstream<AnalyticsApi> analytics;
    private final Downstream<NotificationApi> notifications;
    private final Downstream<WebhookApi> webhooks;

    public Downstreams(DownstreamConfig config, Outgoing outgoing, ObjectMapper json) {
        Factory factory = new Factory(config, outgoing, json);
        authorities = factory.create("authority-profiles", config.authorityProfiles(), AuthorityApi.class);
        claims = factory.create("authority-profiles", config.authorityProfiles(), ClaimApi.class);
        staff = factory.create("authority-profiles", config.authorityProfiles(), StaffApi.class);
        needs = factory.create("needs-offers", config.needsOffers(), NeedApi.class);
        offers = factory.create("needs-offers", config.needsOffers(), OfferApi.class);
        matches = factory.create("matching", config.matching(), MatchApi.class);
        partnerships = factory.create("matching", config.matching(), PartnershipApi.class);
        partnershipImports = factory.create("matching", config.matching(), PartnershipApi.class,
                config.importTimeout());
        conversations = factory.create("matching", config.matching(), ConversationApi.class);
        analytics = factory.create("matching", config.matching(), AnalyticsApi.class);
        notifications = factory.create("notifications", config.notifications(), NotificationApi.class);
        webhooks = factory.create("notifications", config.notifications(), WebhookApi.class);
    }

    public Downstream<AuthorityApi> authorities() {
        return authorities;
    }

    public Downstream<ClaimApi> claims() {
        return claims;
    }

    public Downstream<StaffApi> staff() {
        return staff;
    }

    public Downstream<NeedApi> needs() {
        return needs;
    }

    public Downstream<OfferApi> offers() {
        return offers;
    }

    public Downstream<MatchApi> matches() {
        return matches;
    }

    public Downstream<PartnershipApi> partnerships() {
        return partnerships;
    }

    /** The same, waiting as long as a large list takes to import. */
    public Downstream<PartnershipApi> partnershipImports() {
        return partnershipImports;
    }

    public Downstream<ConversationApi> conversations() {
        return conversations;
    }

    public Downstream<AnalyticsApi> analytics() {
        return analytics;
    }

    public Downstream<NotificationApi> notifications() {
        return notifications;
    }

    public Downstream<WebhookApi> webhooks() {
        return webhooks;
    }

    private record Factory(DownstreamConfig config, Outgoing outgoing, ObjectMapper json) {

        <A> Downstream<A> create(String service, URI base, Class<A> api) {
            return create(service, base, api, config.readTimeout());
        }

        <A> Downstream<A> create(String service, URI base, Class<A> api, Duration readTimeout) {
            A client = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(base)
                    .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .disableDefaultMapper(true)
                    .register(new Forwarding(outgoing))
                    .register(new AnswerReader())
                    .register(new LenientJson(json))
                    .build(api);
            return new Downstream<>(service, client, config);
        }
    }
}
