package eu.twinninghub.needsoffers.offer;

import eu.twinninghub.needsoffers.posting.Listing;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Offers by sector, support mode, the offering authority's country, authority, language, status and full text. */
@ApplicationScoped
public class OfferSearch {

    public record Filter(String q, String sector, String supportMode, String country, UUID authority, String language,
                         String status) {
    }

    public record Result(List<Offer> items, String next) {
    }

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public Result find(Filter filter, String cursor, int limit) {
        Listing.Ids page = new Listing("offer", caller)
                .text(filter.q())
                .filter(":sector = any(t.sectors)", "sector", filter.sector())
                .filter(":supportMode = any(t.support_modes)", "supportMode", filter.supportMode())
                .filter("a.country = :country", "country", filter.country())
                .filter("t.authority_id = :authority", "authority", filter.authority())
                .filter(":language = any(t.languages)", "language", filter.language())
                .filter("t.status = :status", "status", filter.status())
                .page(em, null, cursor, limit);
        List<Offer> offers = page.ids().isEmpty() ? List.of() : Offer.<Offer>list("id in ?1", page.ids()).stream()
                .sorted(Comparator.comparing(o -> page.ids().indexOf(o.id))).toList();
        return new Result(offers, page.next());
    }
}
