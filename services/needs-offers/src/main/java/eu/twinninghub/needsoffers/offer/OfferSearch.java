package eu.twinninghub.needsoffers.offer;

import eu.twinninghub.api.paging.Page;
import eu.twinninghub.needsoffers.posting.Listing;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Offers by sector, support mode, the offering authority's country, authority, language, status and full text. */
@ApplicationScoped
public class OfferSearch {

    public record Filter(String q, String sector, String supportMode, String country, UUID authority, String language,
                         String status) {
    }

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public Page<Offer> find(Filter filter, String cursor, int limit) {
        return new Listing("offer", caller)
                .text(filter.q())
                .filter(":sector = any(t.sectors)", "sector", filter.sector())
                .filter(":supportMode = any(t.support_modes)", "supportMode", filter.supportMode())
                .authorityFilter("a.country = :country", "country", filter.country())
                .filter("t.authority_id = :authority", "authority", filter.authority())
                .filter(":language = any(t.languages)", "language", filter.language())
                .filter("t.status = :status", "status", filter.status())
                .page(em, Offer.class, null, o -> 0, cursor, limit);
    }
}
