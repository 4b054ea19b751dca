package eu.twinninghub.authorities.app;

import eu.twinninghub.api.authority.AuthorityKind;
import eu.twinninghub.api.authority.Verification;
import eu.twinninghub.authorities.domain.Authority;
import eu.twinninghub.authorities.domain.Names;
import eu.twinninghub.authorities.domain.OfficialCodes;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.web.Cursors;
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

    public record Result(List<Authority> items, String next) {
    }

    public Result find(Filter filter, String cursor, int limit) {
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
            Cursor after = Cursor.parse(cursor);
            where.add("(sortKey > :afterKey or (sortKey = :afterKey and id > :afterId))");
            params.and("afterKey", after.sortKey()).and("afterId", after.id());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by sortKey, id";
        List<Authority> rows = Authority.<Authority>find(query, params).page(0, limit + 1).list();
        if (rows.size() <= limit) {
            return new Result(rows, null);
        }
        List<Authority> page = rows.subList(0, limit);
        Authority last = page.get(limit - 1);
        return new Result(page, new Cursor(last.sortKey, last.id).encode());
    }

    private record Cursor(String sortKey, UUID id) {

        String encode() {
            return Cursors.encode(sortKey, id);
        }

        static Cursor parse(String cursor) {
            return Cursors.decode(cursor, 2, p -> new Cursor(p[0], UUID.fromString(p[1])));
        }
    }
}
