package eu.twinninghub.needsoffers.need;

import eu.twinninghub.api.paging.Page;
import eu.twinninghub.needsoffers.posting.Listing;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Needs by sector, support mode, urgency, oblast, authority, language, status and full text. */
@ApplicationScoped
public class NeedSearch {

    public record Filter(String q, String sector, String supportMode, String urgency, UUID oblast, UUID authority,
                         String language, String status, boolean byUrgency) {
    }

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public Page<Need> find(Filter filter, String cursor, int limit) {
        return new Listing("need", caller)
                .text(filter.q())
                .filter("t.sector = :sector", "sector", filter.sector())
                .filter(":supportMode = any(t.support_modes)", "supportMode", filter.supportMode())
                .filter("t.urgency = :urgency", "urgency", filter.urgency())
                .authorityFilter("a.parent_id = :oblast", "oblast", filter.oblast())
                .filter("t.authority_id = :authority", "authority", filter.authority())
                .filter(":language = any(t.languages)", "language", filter.language())
                .filter("t.status = :status", "status", filter.status())
                .page(em, Need.class, filter.byUrgency() ? "urgency_rank" : null, n -> n.urgencyRank, cursor, limit);
    }
}
