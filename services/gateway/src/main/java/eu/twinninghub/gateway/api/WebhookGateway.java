package eu.twinninghub.gateway.api;

import eu.twinninghub.api.webhook.DeliveryView;
import eu.twinninghub.api.webhook.WebhookApi;
import eu.twinninghub.api.webhook.WebhookInput;
import eu.twinninghub.api.webhook.WebhookView;
import eu.twinninghub.gateway.downstream.Downstream;
import eu.twinninghub.gateway.downstream.Downstreams;
import eu.twinninghub.gateway.downstream.Relay;
import eu.twinninghub.service.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A network's webhooks are its own; the service checks whose each subscription is. */
@RolesAllowed({Roles.PARTNER_NETWORK, Roles.PLATFORM_ADMIN})
public class WebhookGateway implements WebhookApi {

    private final Downstreams downstreams;

    public WebhookGateway(Downstreams downstreams) {
        this.downstreams = downstreams;
    }

    private Downstream<WebhookApi> service() {
        return downstreams.webhooks();
    }

    @Override
    @RolesAllowed(Roles.PARTNER_NETWORK)
    public Response create(WebhookInput webhook) {
        return Relay.of(service().write(api -> api.create(webhook)));
    }

    @Override
    public List<WebhookView> list() {
        return service().read(WebhookApi::list);
    }

    @Override
    @RolesAllowed(Roles.PARTNER_NETWORK)
    public WebhookView update(String id, WebhookInput webhook) {
        return service().write(api -> api.update(id, webhook));
    }

    @Override
    @RolesAllowed(Roles.PARTNER_NETWORK)
    public WebhookView rotateSecret(String id) {
        return service().write(api -> api.rotateSecret(id));
    }

    @Override
    public Response delete(String id) {
        return Relay.of(service().write(api -> api.delete(id)));
    }

    @Override
    public List<DeliveryView> deliveries(String id, String status) {
        return service().read(api -> api.deliveries(id, status));
    }

    @Override
    public DeliveryView replay(String id) {
        return service().write(api -> api.replay(id));
    }
}
