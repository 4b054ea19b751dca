package eu.twinninghub.needsoffers.need;

import eu.twinninghub.api.need.NeedQuery;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.needsoffers.posting.Listing;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Needs by sector, support mode, urgency, the posting authority's oblast, rayon or country (any country posts
 * needs), authority, language, status and full text.
 */
@ApplicationScoped
public class NeedSearch {

    private final EntityManager em;
    private final Caller caller;

    public NeedSearch(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    public Page<Need> find(NeedQuery filter) {
        return new Listing("need", caller)
                .text(filter.q())
                .filter("t.sector = :sector", "sector", filter.sector())
                .filter(":supportMode = any(t.support_modes)", "supportMode", filter.supportMode())
                .filter("t.urgency = :urgency", "urgency", filter.urgency())
                .authorityFilter("a.parent_id = :oblast", "oblast", filter.oblast())
                .authorityFilter("a.rayon = :rayon", "rayon", filter.rayon())
                .authorityFilter("a.country = :country", "country", filter.country())
                .filter("t.authority_id = :authority", "authority", filter.authority())
                .filter(":language = any(t.languages)", "language", filter.language())
                .filter("t.status = :status", "status", filter.status())
                .page(em, Need.class, filter.byUrgency() ? "urgency_rank" : null, n -> n.urgencyRank,
                        filter.cursor(), filter.limit());
    }
}
