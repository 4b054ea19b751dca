package eu.twinninghub.gateway.web;

import eu.twinninghub.api.need.NeedInput;
import eu.twinninghub.api.need.NeedStatus;
import eu.twinninghub.api.need.NeedView;
import eu.twinninghub.api.need.UpdateNeed;
import eu.twinninghub.api.offer.OfferInput;
import eu.twinninghub.api.offer.OfferStatus;
import eu.twinninghub.api.offer.OfferView;
import eu.twinninghub.api.offer.UpdateOffer;
import eu.twinninghub.api.posting.StatusRequest;
import eu.twinninghub.gateway.api.AuthorityGateway;
import eu.twinninghub.gateway.api.NeedGateway;
import eu.twinninghub.gateway.api.OfferGateway;
import eu.twinninghub.gateway.downstream.DownstreamAnswer;
import eu.twinninghub.service.problem.ProblemException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Posting and editing needs and offers. A form that fails its checks, here or at the service,
 * comes back as typed with the message next to each field; "publish" saves and opens it at once.
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Authenticated
public class PostingPages {

    private final Pages pages;
    private final NeedGateway needs;
    private final OfferGateway offers;
    private final AuthorityGateway authorities;
    private final PostingTranslations translations;

    public PostingPages(Pages pages, NeedGateway needs, OfferGateway offers, AuthorityGateway authorities,
                        PostingTranslations translations) {
        this.pages = pages;
        this.needs = needs;
        this.offers = offers;
        this.authorities = authorities;
        this.translations = translations;
    }

    @GET
    @Path("needs/new")
    public TemplateInstance newNeed() {
        pages.myAuthority();
        return needForm(NeedForm.blank(), new FormErrors(), "/app/needs", null);
    }

    @POST
    @Path("needs")
    public Object createNeed(@BeanParam NeedForm form) {
        FormErrors errors = new FormErrors();
        NeedInput input = form.toInput(pages.myAuthority(), null, errors, pages.msg(),
                pages.partnerships().errorChooseProgramme());
        Supplier<TemplateInstance> again = () -> needForm(form, errors, "/app/needs", null);
        if (input == null) {
            return Pages.invalid(again.get());
        }
        return saved(errors, again, () -> {
            // The form's own token makes a double submission (a second tap on a slow line) post once.
            UUID id = Pages.createdId(needs.create(form.postingKey, input));
            if (form.publishing()) {
                needs.changeStatus(id, new StatusRequest(NeedStatus.OPEN.name(), null));
            }
            return "/app/needs/" + id;
        });
    }

    @GET
    @Path("needs/{id}")
    public TemplateInstance myNeed(@RestPath UUID id, @RestQuery boolean translate) {
        NeedView need = needs.get(id);
        return pages.localized(Views.need(pages.frame(), need, authorities.get(need.need().authorityId()),
                pages.myAuthority().equals(need.need().authorityId()),
                translations.of(need.need().title(), need.need().description(), pages.lang(), translate)));
    }

    @GET
    @Path("needs/{id}/edit")
    public TemplateInstance editNeed(@RestPath UUID id) {
        NeedView need = needs.get(id);
        return needForm(NeedForm.of(need), new FormErrors(), "/app/needs/" + id, need.status().name());
    }

    @POST
    @Path("needs/{id}")
    public Object updateNeed(@RestPath UUID id, @BeanParam NeedForm form) {
        NeedView before = needs.get(id);
        FormErrors errors = new FormErrors();
        NeedInput input = form.toInput(before.need().authorityId(), before.need(), errors, pages.msg(),
                pages.partnerships().errorChooseProgramme());
        Supplier<TemplateInstance> again = () -> needForm(form, errors, "/app/needs/" + id, before.status().name());
        if (input == null) {
            return Pages.invalid(again.get());
        }
        return saved(errors, again, () -> {
            needs.update(id, new UpdateNeed(form.versionRead(), input));
            if (form.publishing() && before.status() == NeedStatus.DRAFT) {
                needs.changeStatus(id, new StatusRequest(NeedStatus.OPEN.name(), null));
            }
            return "/app/needs/" + id;
        });
    }

    @POST
    @Path("needs/{id}/status")
    public Response needStatus(@RestPath UUID id, @RestForm String status, @RestForm String reason) {
        needs.changeStatus(id, new StatusRequest(status, PostingForm.blankToNull(reason)));
        return Pages.seeOther("/app/needs/" + id);
    }

    @GET
    @Path("offers/new")
    public TemplateInstance newOffer() {
        pages.myAuthority();
        return offerForm(OfferForm.blank(), new FormErrors(), "/app/offers", null);
    }

    @POST
    @Path("offers")
    public Object createOffer(@BeanParam OfferForm form) {
        FormErrors errors = new FormErrors();
        OfferInput input = form.toInput(pages.myAuthority(), null, errors, pages.msg());
        Supplier<TemplateInstance> again = () -> offerForm(form, errors, "/app/offers", null);
        if (input == null) {
            return Pages.invalid(again.get());
        }
        return saved(errors, again, () -> {
            UUID id = Pages.createdId(offers.create(form.postingKey, input));
            if (form.publishing()) {
                offers.changeStatus(id, new StatusRequest(OfferStatus.OPEN.name(), null));
            }
            return "/app/offers/" + id;
        });
    }

    @GET
    @Path("offers/{id}")
    public TemplateInstance myOffer(@RestPath UUID id, @RestQuery boolean translate) {
        OfferView offer = offers.get(id);
        return pages.localized(Views.offer(pages.frame(), offer, authorities.get(offer.offer().authorityId()),
                pages.myAuthority().equals(offer.offer().authorityId()),
                translations.of(offer.offer().title(), offer.offer().description(), pages.lang(), translate)));
    }

    @GET
    @Path("offers/{id}/edit")
    public TemplateInstance editOffer(@RestPath UUID id) {
        OfferView offer = offers.get(id);
        return offerForm(OfferForm.of(offer), new FormErrors(), "/app/offers/" + id, offer.status().name());
    }

    @POST
    @Path("offers/{id}")
    public Object updateOffer(@RestPath UUID id, @BeanParam OfferForm form) {
        OfferView before = offers.get(id);
        FormErrors errors = new FormErrors();
        OfferInput input = form.toInput(before.offer().authorityId(), before.offer(), errors, pages.msg());
        Supplier<TemplateInstance> again = () -> offerForm(form, errors, "/app/offers/" + id, before.status().name());
        if (input == null) {
            return Pages.invalid(again.get());
        }
        return saved(errors, again, () -> {
            offers.update(id, new UpdateOffer(form.versionRead(), input));
            if (form.publishing() && before.status() == OfferStatus.DRAFT) {
                offers.changeStatus(id, new StatusRequest(OfferStatus.OPEN.name(), null));
            }
            return "/app/offers/" + id;
        });
    }

    @POST
    @Path("offers/{id}/status")
    public Response offerStatus(@RestPath UUID id, @RestForm String status, @RestForm String reason) {
        offers.changeStatus(id, new StatusRequest(status, PostingForm.blankToNull(reason)));
        return Pages.seeOther("/app/offers/" + id);
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

    private TemplateInstance needForm(NeedForm form, FormErrors errors, String action, String status) {
        return pages.localized(Views.needForm(pages.frame(), form, errors, action, status));
    }

    private TemplateInstance offerForm(OfferForm form, FormErrors errors, String action, String status) {
        return pages.localized(Views.offerForm(pages.frame(), form, errors, action, status));
    }

    /** Saves, then shows the saved posting; a refusal of the service (400, 409) shows the form again. */
    private Object saved(FormErrors errors, Supplier<TemplateInstance> again, Supplier<String> save) {
        try {
            return Pages.seeOther(save.get());
        } catch (DownstreamAnswer refused) {
            errors.addRefusal(refused);
            if (refused.status() == 409) {
                errors.general(pages.msg().errorConflict());
            }
            return Pages.invalid(again.get());
        }
    }
}
