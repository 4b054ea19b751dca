package eu.twinninghub.needsoffers.offer;

import eu.twinninghub.api.offer.OfferQuery;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.needsoffers.posting.Listing;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Offers by sector, support mode, the offering authority's country, oblast or rayon (hromadas offer too),
 * authority, language, status and full text.
 */
@ApplicationScoped
public class OfferSearch {

    private final EntityManager em;
    private final Caller caller;

    public OfferSearch(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    public Page<Offer> find(OfferQuery filter) {
        return new Listing("offer", caller)
                .text(filter.q())
                .filter(":sector = any(t.sectors)", "sector", filter.sector())
                .filter(":supportMode = any(t.support_modes)", "supportMode", filter.supportMode())
                .authorityFilter("a.country = :country", "country", filter.country())
                .authorityFilter("a.parent_id = :oblast", "oblast", filter.oblast())
                .authorityFilter("a.rayon = :rayon", "rayon", filter.rayon())
                .filter("t.authority_id = :authority", "authority", filter.authority())
                .filter(":language = any(t.languages)", "language", filter.language())
                .filter("t.status = :status", "status", filter.status())
                .page(em, Offer.class, null, o -> 0, filter.cursor(), filter.limit());
    }
}
