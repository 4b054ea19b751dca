package eu.twinninghub.gateway.api;

import eu.twinninghub.api.claim.ClaimApi;
import eu.twinninghub.api.claim.ClaimDecision;
import eu.twinninghub.api.claim.ClaimInput;
import eu.twinninghub.api.claim.ClaimView;
import eu.twinninghub.gateway.downstream.Downstream;
import eu.twinninghub.gateway.downstream.Downstreams;
import eu.twinninghub.gateway.downstream.Relay;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * Joining is for signed-in people; who may claim and who may decide is the service's to say
 * ({@code AccessPolicy.claims}, {@code decidesClaimFor}): it alone knows the claim and its authority.
 */
@Authenticated
public class ClaimGateway implements ClaimApi {

    private final Downstreams downstreams;

    public ClaimGateway(Downstreams downstreams) {
        this.downstreams = downstreams;
    }

    private Downstream<ClaimApi> service() {
        return downstreams.claims();
    }

    @Override
    public Response claim(ClaimInput claim) {
        return Relay.of(service().write(api -> api.claim(claim)));
    }

    @Override
    public List<ClaimView> mine() {
        return service().read(ClaimApi::mine);
    }

    @Override
    public List<ClaimView> queue() {
        return service().read(ClaimApi::queue);
    }

    @Override
    public ClaimView get(UUID id) {
        return service().read(api -> api.get(id));
    }

    @Override
    public ClaimView decide(UUID id, ClaimDecision decision) {
        return service().write(api -> api.decide(id, decision));
    }

    @Override
    public ClaimView withdraw(UUID id) {
        return service().write(api -> api.withdraw(id));
    }
}
