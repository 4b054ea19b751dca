package eu.twinninghub.authorities.authority;

import eu.twinninghub.api.authority.AuthorityKind;
import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.web.Keyset;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Filtered, alphabetical listing with keyset pagination: the cursor is the last row's sort key and
 * id, so a page costs the same at row 20 as at row 20,000 and nothing is skipped or repeated while
 * authorities are added.
 */
@ApplicationScoped
public class AuthoritySearch {

    public record Filter(String q, String country, AuthorityKind kind, String sector, String language,
                         Verification verification, UUID parent) {
    }

    public Page<Authority> find(Filter filter, String cursor, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.q() != null && !filter.q().isBlank()) {
            List<String> alternatives = new ArrayList<>();
            int i = 0;
            for (String form : Names.queryForms(filter.q())) {
                alternatives.add("searchText like :q" + i);
                params.and("q" + i, "%" + form + "%");
                i++;
            }
            if (alternatives.isEmpty()) {
                throw ProblemException.invalid("q", "must contain letters or digits");
            }
            where.add("(" + String.join(" or ", alternatives) + ")");
        }
        if (filter.country() != null) {
            where.add("country = :country");
            params.and("country", OfficialCodes.isoCountry(filter.country()));
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.sector() != null) {
            where.add("(array_contains(sectorsOfExpertise, :sector) or array_contains(sectorsOfInterest, :sector))");
            params.and("sector", filter.sector());
        }
        if (filter.language() != null) {
            where.add("array_contains(languages, :language)");
            params.and("language", filter.language());
        }
        if (filter.verification() != null) {
            where.add("verification = :verification");
            params.and("verification", filter.verification());
        }
        if (filter.parent() != null) {
            where.add("parentId = :parent");
            params.and("parent", filter.parent());
        }
        if (cursor != null) {
            Keyset.After<String, UUID> after = Keyset.after(cursor, key -> key, UUID::fromString);
            where.add(Keyset.afterAscending("sortKey", "id"));
            params.and("afterKey", after.key()).and("afterId", after.id());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by sortKey, id";
        List<Authority> rows = Authority.<Authority>find(query, params).page(0, limit + 1).list();
        return Keyset.page(rows, limit, last -> Keyset.cursor(last.sortKey, last.id), authority -> authority);
    }
}
