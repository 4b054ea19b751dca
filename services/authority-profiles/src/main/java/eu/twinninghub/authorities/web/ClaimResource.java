package eu.twinninghub.authorities.web;

import eu.twinninghub.api.claim.ClaimApi;
import eu.twinninghub.api.claim.ClaimDecision;
import eu.twinninghub.api.claim.ClaimHints;
import eu.twinninghub.api.claim.ClaimInput;
import eu.twinninghub.api.claim.ClaimView;
import eu.twinninghub.authorities.authority.Authority;
import eu.twinninghub.authorities.claim.Claim;
import eu.twinninghub.authorities.claim.ClaimHintsMaker;
import eu.twinninghub.authorities.claim.Claims;
import eu.twinninghub.service.security.Caller;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Authenticated
public class ClaimResource implements ClaimApi {

    private final Claims claims;
    private final ClaimHintsMaker hints;
    private final Caller caller;

    public ClaimResource(Claims claims, ClaimHintsMaker hints, Caller caller) {
        this.claims = claims;
        this.hints = hints;
        this.caller = caller;
    }

    @Override
    public Response claim(ClaimInput input) {
        Claim claim = claims.claim(input, caller);
        return Response.created(URI.create("/api/v1/claims/" + claim.id)).entity(view(claim, false)).build();
    }

    @Override
    public List<ClaimView> mine() {
        return claims.mine(caller).stream().map(claim -> view(claim, false)).toList();
    }

    @Override
    public List<ClaimView> queue() {
        List<Claim> queue = claims.queue(caller);
        Map<UUID, ClaimHints> hinted = hints.of(queue);
        return queue.stream().map(claim -> view(claim, hinted.get(claim.id))).toList();
    }

    @Override
    public ClaimView get(UUID id) {
        Claim claim = claims.visible(id, caller);
        return view(claim, !claim.personId.equals(caller.id()));
    }

    @Override
    public ClaimView decide(UUID id, ClaimDecision decision) {
        return view(claims.decide(id, decision, caller), false);
    }

    @Override
    public ClaimView withdraw(UUID id) {
        return view(claims.withdraw(id, caller), false);
    }

    /** {@code withHints}: for those who decide; the person who claims sees their claim without them. */
    private ClaimView view(Claim c, boolean withHints) {
        return view(c, withHints ? hints.of(c) : null);
    }

    private ClaimView view(Claim c, ClaimHints withHints) {
        Authority authority = c.authorityId == null ? null : Authority.findById(c.authorityId);
        return new ClaimView(c.id, c.authorityId, authority == null ? null : authority.nameLatin, c.newAuthority(),
                c.personName, c.personEmail, c.function, c.officialEmail, c.webPage, c.note, c.state,
                withHints, c.role, c.decidedBy, c.decidedAt, c.reason, c.createdAt);
    }
}
