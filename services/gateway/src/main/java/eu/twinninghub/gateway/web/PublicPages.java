package eu.twinninghub.gateway.web;

import eu.twinninghub.api.analytics.AnalyticsApi;
import eu.twinninghub.api.analytics.Coverage;
import eu.twinninghub.api.authority.AuthorityView;
import eu.twinninghub.api.need.NeedApi;
import eu.twinninghub.api.need.NeedQuery;
import eu.twinninghub.api.offer.OfferApi;
import eu.twinninghub.api.offer.OfferQuery;
import eu.twinninghub.gateway.api.AuthorityGateway;
import eu.twinninghub.gateway.api.NeedGateway;
import eu.twinninghub.gateway.api.OfferGateway;
import eu.twinninghub.gateway.api.PartnershipGateway;
import eu.twinninghub.gateway.downstream.DownstreamAnswer;
import eu.twinninghub.gateway.downstream.Downstreams;
import eu.twinninghub.service.problem.ProblemException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The pages anyone can read without signing in: open needs and offers, partnerships, the open data. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PublicPages {

    private static final int PAGE_SIZE = 20;
    private static final int HOME_ITEMS = 5;

    private final Pages pages;
    private final Language language;
    private final Downstreams downstreams;
    private final NeedGateway needs;
    private final OfferGateway offers;
    private final PartnershipGateway partnerships;
    private final AuthorityGateway authorities;
    private final Oblasts oblasts;
    private final PostingTranslations translations;
    private final UkraineMap map;

    public PublicPages(Pages pages, Language language, Downstreams downstreams, NeedGateway needs, OfferGateway offers,
                       PartnershipGateway partnerships, AuthorityGateway authorities, Oblasts oblasts,
                       PostingTranslations translations, UkraineMap map) {
        this.pages = pages;
        this.language = language;
        this.downstreams = downstreams;
        this.needs = needs;
        this.offers = offers;
        this.partnerships = partnerships;
        this.authorities = authorities;
        this.oblasts = oblasts;
        this.translations = translations;
        this.map = map;
    }

    @GET
    public TemplateInstance home() {
        return pages.localized(Views.home(pages.frame(),
                downstreams.needs().read(api -> api.list(NeedQuery.open().limit(HOME_ITEMS)), NeedApi.PAGE).items(),
                downstreams.offers().read(api -> api.list(OfferQuery.open().limit(HOME_ITEMS)),
                        OfferApi.PAGE).items()));
    }

    @GET
    @Path("needs")
    public TemplateInstance needs(@RestQuery String q, @RestQuery String sector, @RestQuery String urgency,
                                  @RestQuery String country, @RestQuery UUID oblast, @RestQuery String rayon,
                                  @RestQuery String cursor) {
        Search search = Search.of(q, sector, urgency, country, oblast, rayon, cursor);
        NeedQuery query = NeedQuery.open().withText(search.q()).withSector(search.sector())
                .withUrgency(search.filter()).withCountry(search.country()).withOblast(search.oblast())
                .withRayon(search.rayon()).from(search.cursor()).limit(PAGE_SIZE);
        return pages.localized(Views.needs(pages.frame(),
                downstreams.needs().read(api -> api.list(query), NeedApi.PAGE), search, oblasts.sorted(pages.lang()),
                oblasts.rayonsOf(search.oblast())));
    }

    @GET
    @Path("needs/{id}")
    public TemplateInstance need(@RestPath UUID id, @RestQuery boolean translate) {
        var need = needs.get(id);
        return pages.localized(Views.need(pages.frame(), need, authority(need.need().authorityId()), false,
                translations.of(need.need().title(), need.need().description(), pages.lang(), translate)));
    }

    @GET
    @Path("offers")
    public TemplateInstance offers(@RestQuery String q, @RestQuery String sector, @RestQuery String country,
                                   @RestQuery UUID oblast, @RestQuery String rayon, @RestQuery String cursor) {
        Search search = Search.of(q, sector, country == null ? null : country.toUpperCase(Locale.ROOT), null, oblast,
                rayon, cursor);
        OfferQuery query = OfferQuery.open().withText(search.q()).withSector(search.sector())
                .withCountry(search.filter()).withOblast(search.oblast()).withRayon(search.rayon())
                .from(search.cursor()).limit(PAGE_SIZE);
        return pages.localized(Views.offers(pages.frame(),
                downstreams.offers().read(api -> api.list(query), OfferApi.PAGE), search, oblasts.sorted(pages.lang()),
                oblasts.rayonsOf(search.oblast())));
    }

    /** The Alliance's view: where help is and where it is missing, on a map and in tables. */
    @GET
    @Path("alliance")
    public TemplateInstance alliance(@RestQuery String measure) {
        Coverage coverage = downstreams.analytics().read(AnalyticsApi::coverage);
        return pages.localized(Views.alliance(pages.frame(), coverage, AllianceMap.of(map, coverage,
                oblasts.sorted(pages.lang()), AllianceMap.Measure.of(measure), pages.lang()),
                TrendChart.of(coverage.months())));
    }

    @GET
    @Path("offers/{id}")
    public TemplateInstance offer(@RestPath UUID id, @RestQuery boolean translate) {
        var offer = offers.get(id);
        return pages.localized(Views.offer(pages.frame(), offer, authority(offer.offer().authorityId()), false,
                translations.of(offer.offer().title(), offer.offer().description(), pages.lang(), translate)));
    }

    @GET
    @Path("partnerships")
    public TemplateInstance partnerships(@RestQuery String status, @RestQuery String cursor) {
        Search search = Search.of(null, null, status, cursor);
        return pages.localized(Views.partnerships(pages.frame(),
                partnerships.list(null, search.filter(), search.cursor(), PAGE_SIZE), search));
    }

    @GET
    @Path("partnerships/{id}")
    public TemplateInstance partnership(@RestPath UUID id) {
        return pages.localized(Views.partnership(pages.frame(), partnerships.get(id),
                PartnershipActing.NONE, new FormErrors()));
    }

    /** The address e-mails give for a proposal: the reader signs in to answer it. */
    @GET
    @Path("matches/{id}")
    public Response matchLink(@RestPath UUID id) {
        return Pages.seeOther("/app/matches/" + id);
    }

    @POST
    @Path("language")
    public Response language(@RestForm String lang, @RestForm String back) {
        language.choose(lang);
        return Pages.seeOther(Pages.localPath(back));
    }

    /** Refusals as pages in the reader's language; a missing sign-in still goes to Keycloak. */
    @ServerExceptionMapper({DownstreamAnswer.class, ProblemException.class, WebApplicationException.class,
            ForbiddenException.class})
    public Response failed(RuntimeException failure) {
        return pages.error(failure);
    }

    /** The authority's public profile; the page still shows the posting when its register is slow. */
    private AuthorityView authority(UUID id) {
        try {
            return authorities.get(id);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
