package eu.twinninghub.gateway.web;

import eu.twinninghub.api.authority.AuthorityQuery;
import eu.twinninghub.api.authority.AuthorityView;
import eu.twinninghub.api.match.DeclineRequest;
import eu.twinninghub.api.match.MatchSide;
import eu.twinninghub.api.match.MatchView;
import eu.twinninghub.api.partnership.CoordinatorChoice;
import eu.twinninghub.api.partnership.MemberDeparture;
import eu.twinninghub.api.partnership.MemberInvitation;
import eu.twinninghub.api.partnership.MilestoneInput;
import eu.twinninghub.api.partnership.PartnershipStatusRequest;
import eu.twinninghub.api.partnership.PartnershipView;
import eu.twinninghub.api.partnership.ProgressInput;
import eu.twinninghub.api.web.WebAddress;
import eu.twinninghub.gateway.api.AuthorityGateway;
import eu.twinninghub.gateway.api.MatchGateway;
import eu.twinninghub.gateway.api.NeedGateway;
import eu.twinninghub.gateway.api.OfferGateway;
import eu.twinninghub.gateway.api.PartnershipGateway;
import eu.twinninghub.gateway.downstream.DownstreamAnswer;
import eu.twinninghub.service.problem.ProblemException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A proposal with its explanation, answered by each side; a partnership's progress and next step. */
@Path("/app")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class TwinningPages {

    /** Authorities of the register shown to a coordinator looking for one to invite. */
    private static final int CANDIDATES = 10;

    private final Pages pages;
    private final MatchGateway matches;
    private final NeedGateway needs;
    private final OfferGateway offers;
    private final PartnershipGateway partnerships;
    private final AuthorityGateway authorities;

    public TwinningPages(Pages pages, MatchGateway matches, NeedGateway needs, OfferGateway offers,
                         PartnershipGateway partnerships, AuthorityGateway authorities) {
        this.pages = pages;
        this.matches = matches;
        this.needs = needs;
        this.offers = offers;
        this.partnerships = partnerships;
        this.authorities = authorities;
    }

    @GET
    @Path("matches/{id}")
    public TemplateInstance match(@RestPath UUID id) {
        return matchPage(matches.get(id), new FormErrors());
    }

    @POST
    @Path("matches/{id}/accept")
    public Response accept(@RestPath UUID id) {
        MatchView match = matches.accept(id);
        return Pages.seeOther(match.partnershipId() != null ? "/app/partnerships/" + match.partnershipId()
                : "/app/matches/" + id);
    }

    @POST
    @Path("matches/{id}/decline")
    public Object decline(@RestPath UUID id, @RestForm String reason) {
        if (PostingForm.blankToNull(reason) == null) {
            FormErrors errors = new FormErrors();
            errors.add("reason", pages.msg().errorReason());
            return Pages.invalid(matchPage(matches.get(id), errors));
        }
        matches.decline(id, new DeclineRequest(reason.strip()));
        return Pages.seeOther("/app/matches/" + id);
    }

    /** {@code invite}: a coordinator looks in the register for an authority to invite to its side. */
    @GET
    @Path("partnerships/{id}")
    public TemplateInstance partnership(@RestPath UUID id, @RestQuery String invite) {
        PartnershipView partnership = partnerships.get(id);
        PartnershipActing acting = PartnershipActing.of(partnership, pages.actingFor().orElse(null));
        String query = PostingForm.blankToNull(invite);
        if (acting.coordinates() != null && query != null) {
            // Only verified authorities can be invited, and only Ukrainian ones to the receiving side.
            String country = "RECEIVING".equals(acting.coordinates()) ? "UA" : null;
            List<AuthorityView> found = authorities.list(new AuthorityQuery(query.strip(), country, null, null, null,
                    "VERIFIED", null, null, CANDIDATES)).items();
            acting = acting.withCandidates(query.strip(), found);
        }
        return pages.localized(Views.partnership(pages.frame(), partnership, acting, new FormErrors()));
    }

    @POST
    @Path("partnerships/{id}/members")
    public Object invite(@RestPath UUID id, @RestForm String authorityId, @RestForm String team) {
        UUID invited = chosen(authorityId);
        if (invited == null) {
            return refused(id, "invite", pages.partnerships().errorChooseAuthority());
        }
        return changed(id, () -> partnerships.invite(id, new MemberInvitation(invited, team)));
    }

    @POST
    @Path("partnerships/{id}/updates")
    public Object addUpdate(@RestPath UUID id, @RestForm String text) {
        if (PostingForm.blankToNull(text) == null) {
            return refused(id, "text", pages.msg().errorUpdateText());
        }
        return changed(id, () -> partnerships.addUpdate(id, new ProgressInput(text.strip())));
    }

    @POST
    @Path("partnerships/{id}/status")
    public Object nextStep(@RestPath UUID id, @RestForm String status, @RestForm String date, @RestForm String reason) {
        LocalDate on;
        try {
            on = PostingForm.blankToNull(date) == null ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return refused(id, "date", pages.msg().errorDate());
        }
        if ("CANCELLED".equals(status) && PostingForm.blankToNull(reason) == null) {
            return refused(id, "reason", pages.msg().errorReason());
        }
        return changed(id, () -> partnerships.changeStatus(id,
                new PartnershipStatusRequest(status, on, PostingForm.blankToNull(reason))));
    }

    @POST
    @Path("partnerships/{id}/milestones")
    public Object recordMilestone(@RestPath UUID id, @RestForm String kind, @RestForm String date,
                                  @RestForm String link) {
        LocalDate on;
        try {
            on = LocalDate.parse(PostingForm.blankToNull(date) == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            return refused(id, "milestoneDate", pages.msg().errorDate());
        }
        // The service checks both as well; asked here, the answer is in the reader's language, at the field.
        if (on.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            return refused(id, "milestoneDate", pages.partnerships().errorFutureDate());
        }
        String address = PostingForm.blankToNull(link);
        if (address != null && !WebAddress.is(address.strip())) {
            return refused(id, "link", pages.msg().errorWebPage());
        }
        return changed(id, () -> partnerships.recordMilestone(id, new MilestoneInput(kind, on,
                address == null ? null : address.strip())));
    }

    @POST
    @Path("partnerships/{id}/consent")
    public Object joinPartnership(@RestPath UUID id) {
        UUID mine = pages.actingFor().orElseThrow(() -> new ForbiddenException("you act for no authority"));
        return changed(id, () -> partnerships.consent(id, mine));
    }

    /** Declines an invitation, or leaves: the same for the service, which tells the others which it was. */
    @POST
    @Path("partnerships/{id}/departure")
    public Object leavePartnership(@RestPath UUID id, @RestForm String reason) {
        UUID mine = pages.actingFor().orElseThrow(() -> new ForbiddenException("you act for no authority"));
        if (PostingForm.blankToNull(reason) == null) {
            // The invited decline on one form, members leave on another: the error goes to the one used.
            boolean member = partnerships.get(id).parties().stream().anyMatch(p -> p.authorityId().equals(mine));
            return refused(id, member ? "leaveReason" : "reason", pages.msg().errorReason());
        }
        return changed(id, () -> partnerships.depart(id, mine, new MemberDeparture(reason.strip())));
    }

    /** A side's coordinator removes a member of its side; the service checks that it coordinates. */
    @POST
    @Path("partnerships/{id}/removal")
    public Object removeMember(@RestPath UUID id, @RestForm String authorityId, @RestForm String reason) {
        UUID member = chosen(authorityId);
        if (member == null) {
            return refused(id, "removeMember", pages.partnerships().errorChooseAuthority());
        }
        if (PostingForm.blankToNull(reason) == null) {
            return refused(id, "removeReason", pages.msg().errorReason());
        }
        return changed(id, () -> partnerships.depart(id, member, new MemberDeparture(reason.strip())));
    }

    @POST
    @Path("partnerships/{id}/coordinator")
    public Object handOver(@RestPath UUID id, @RestForm String team, @RestForm String authorityId) {
        UUID member = chosen(authorityId);
        if (member == null) {
            return refused(id, "handOverTo", pages.partnerships().errorChooseAuthority());
        }
        return changed(id, () -> partnerships.handOver(id, team, new CoordinatorChoice(member)));
    }

    /** The authority picked in a form, or null when none (or no id) was sent. */
    private static UUID chosen(String authorityId) {
        try {
            return PostingForm.blankToNull(authorityId) == null ? null : UUID.fromString(authorityId.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Refusals as pages in the reader's language; a missing sign-in still goes to Keycloak. */
    @ServerExceptionMapper({DownstreamAnswer.class, ProblemException.class, WebApplicationException.class,
            ForbiddenException.class})
    public Response failed(RuntimeException failure) {
        return pages.error(failure);
    }

    @ServerExceptionMapper
    public Uni<Response> signIn(UnauthorizedException notSignedIn, RoutingContext context) {
        return Pages.signIn(context);
    }

    private TemplateInstance matchPage(MatchView match, FormErrors errors) {
        UUID mine = pages.actingFor().orElse(null);
        boolean awaitingMe = "PROPOSED".equals(match.status()) && match.heldSince() == null && Stream.concat(Stream.of(match.need()),
                match.offers().stream()).anyMatch(side -> side.authorityId().equals(mine) && side.acceptedAt() == null);
        return pages.localized(Views.match(pages.frame(), match, titles(match), awaitingMe, errors));
    }

    /** The title of the need and of each offer, in the reader's language, by id. */
    private Map<UUID, String> titles(MatchView match) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        MatchSide need = match.need();
        titles.put(need.itemId(), Labels.text(needs.get(need.itemId()).need().title(), pages.lang()));
        for (MatchSide offer : match.offers()) {
            titles.put(offer.itemId(), Labels.text(offers.get(offer.itemId()).offer().title(), pages.lang()));
        }
        return titles;
    }

    private TemplateInstance partnershipPage(PartnershipView partnership, FormErrors errors) {
        return pages.localized(Views.partnership(pages.frame(), partnership,
                PartnershipActing.of(partnership, pages.actingFor().orElse(null)), errors));
    }

    private Object changed(UUID id, Supplier<PartnershipView> change) {
        try {
            change.get();
            return Pages.seeOther("/app/partnerships/" + id);
        } catch (DownstreamAnswer refused) {
            FormErrors errors = new FormErrors();
            errors.addRefusal(refused);
            return Pages.invalid(partnershipPage(partnerships.get(id), errors));
        }
    }

    private Response refused(UUID id, String field, String message) {
        FormErrors errors = new FormErrors();
        errors.add(field, message);
        return Pages.invalid(partnershipPage(partnerships.get(id), errors));
    }

}
