package eu.twinninghub.notifications.web;

import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.api.webhook.DeliveryView;
import eu.twinninghub.api.webhook.WebhookApi;
import eu.twinninghub.api.webhook.WebhookInput;
import eu.twinninghub.api.webhook.WebhookView;
import eu.twinninghub.events.EventType;
import eu.twinninghub.notifications.config.WebhooksConfig;
import eu.twinninghub.notifications.webhook.Delivery;
import eu.twinninghub.notifications.webhook.Subscription;
import eu.twinninghub.notifications.webhook.UrlPolicy;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import eu.twinninghub.service.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** A partner network manages its own webhooks; a platform admin sees and replays everyone's. */
@RolesAllowed({Roles.PARTNER_NETWORK, Roles.PLATFORM_ADMIN})
public class WebhookResource implements WebhookApi {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Caller caller;
    private final UrlPolicy urls;
    private final Clock clock;
    private final WebhooksConfig config;

    public WebhookResource(Caller caller, UrlPolicy urls, Clock clock, WebhooksConfig config) {
        this.caller = caller;
        this.urls = urls;
        this.clock = clock;
        this.config = config;
    }

    @Override
    @RolesAllowed(Roles.PARTNER_NETWORK)
    public Response create(WebhookInput input) {
        String network = caller.authorityId().map(UUID::toString).orElseThrow(() ->
                ProblemException.forbidden("your sign-in belongs to no partner network"));
        validate(input);
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID().toString();
        subscription.networkId = network;
        subscription.url = input.url().strip();
        subscription.eventTypes = new ArrayList<>(input.eventTypes().stream().distinct().toList());
        subscription.secret = newSecret();
        subscription.createdAt = clock.instant();
        subscription.persist();
        return Response.created(URI.create("/api/v1/webhooks/" + subscription.id))
                .entity(view(subscription, subscription.secret)).build();
    }

    @Override
    @RolesAllowed(Roles.PARTNER_NETWORK)
    public WebhookView update(String id, WebhookInput input) {
        Subscription subscription = owned(id);
        validate(input);
        subscription.url = input.url().strip();
        subscription.eventTypes = new ArrayList<>(input.eventTypes().stream().distinct().toList());
        subscription.update();
        return view(subscription, null);
    }

    @Override
    @RolesAllowed(Roles.PARTNER_NETWORK)
    public WebhookView rotateSecret(String id) {
        Subscription subscription = owned(id);
        subscription.rotate(newSecret(), clock.instant().plus(config.secretOverlap()));
        subscription.update();
        return view(subscription, subscription.secret);
    }

    private void validate(WebhookInput input) {
        List<Problem.Violation> violations = new ArrayList<>();
        urls.refusal(input.url()).ifPresent(why -> violations.add(new Problem.Violation("url", why)));
        for (int i = 0; i < input.eventTypes().size(); i++) {
            if (EventType.ofType(input.eventTypes().get(i)).isEmpty()) {
                violations.add(new Problem.Violation("eventTypes[" + i + "]",
                        "is not an event type of the platform, e.g. eu.twinninghub.partnership.established.v1"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    @Override
    public List<WebhookView> list() {
        List<Subscription> found = caller.isPlatformAdmin() ? Subscription.listAll(Sort.by("createdAt"))
                : Subscription.list("networkId", Sort.by("createdAt"), network());
        return found.stream().map(s -> view(s, null)).toList();
    }

    @Override
    public Response delete(String id) {
        Subscription subscription = owned(id);
        subscription.delete();
        return Response.noContent().build();
    }

    @Override
    public List<DeliveryView> deliveries(String id, String status) {
        Subscription subscription = owned(id);
        List<Delivery> found = status == null
                ? Delivery.list("webhookId", Sort.descending("createdAt"), subscription.id)
                : Delivery.list("webhookId = ?1 and status = ?2", Sort.descending("createdAt"), subscription.id, status);
        return found.stream().limit(200).map(WebhookResource::view).toList();
    }

    @Override
    public DeliveryView replay(String id) {
        Delivery delivery = Delivery.findById(id);
        if (delivery == null) {
            throw ProblemException.notFound("delivery", id);
        }
        owned(delivery.webhookId);
        if (Delivery.PENDING.equals(delivery.status)) {
            throw ProblemException.conflict("delivery " + id + " is PENDING: it is being tried already");
        }
        delivery.status = Delivery.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = clock.instant();
        delivery.claimedUntil = delivery.nextAttemptAt;
        delivery.update();
        return view(delivery);
    }

    private Subscription owned(String id) {
        Subscription subscription = Subscription.findById(id);
        if (subscription == null
                || !AccessPolicy.speaksForNetwork(caller.who(), UUID.fromString(subscription.networkId))) {
            throw ProblemException.notFound("webhook", id);
        }
        return subscription;
    }

    private String network() {
        return caller.authorityId().map(UUID::toString).orElse("");
    }

    private WebhookView view(Subscription s, String secret) {
        return new WebhookView(s.id, UUID.fromString(s.networkId), s.url, List.copyOf(s.eventTypes), s.createdAt,
                secret, s.retiring(clock.instant()));
    }

    private static DeliveryView view(Delivery d) {
        return new DeliveryView(d.id, d.webhookId, d.eventId, d.eventType, d.status, d.attempts, d.lastStatus,
                d.lastOutcome, Delivery.PENDING.equals(d.status) ? d.nextAttemptAt : null, d.deliveredAt);
    }
}
