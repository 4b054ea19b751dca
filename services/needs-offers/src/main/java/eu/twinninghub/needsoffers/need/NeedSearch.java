package eu.twinninghub.needsoffers.need;

import eu.twinninghub.needsoffers.posting.Listing;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Needs by sector, support mode, urgency, oblast, authority, language, status and full text. */
@ApplicationScoped
public class NeedSearch {

    public record Filter(String q, String sector, String supportMode, String urgency, UUID oblast, UUID authority,
                         String language, String status, boolean byUrgency) {
    }

    public record Result(List<Need> items, String next) {
    }

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public Result find(Filter filter, String cursor, int limit) {
        Listing.Ids page = new Listing("need", caller)
                .text(filter.q())
                .filter("t.sector = :sector", "sector", filter.sector())
                .filter(":supportMode = any(t.support_modes)", "supportMode", filter.supportMode())
                .filter("t.urgency = :urgency", "urgency", filter.urgency())
                .filter("a.parent_id = :oblast", "oblast", filter.oblast())
                .filter("t.authority_id = :authority", "authority", filter.authority())
                .filter(":language = any(t.languages)", "language", filter.language())
                .filter("t.status = :status", "status", filter.status())
                .page(em, filter.byUrgency() ? "urgency_rank" : null, cursor, limit);
        List<Need> needs = page.ids().isEmpty() ? List.of() : Need.<Need>list("id in ?1", page.ids()).stream()
                .sorted(Comparator.comparing(n -> page.ids().indexOf(n.id))).toList();
        return new Result(needs, page.next());
    }
}
