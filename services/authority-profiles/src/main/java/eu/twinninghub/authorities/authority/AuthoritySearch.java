package eu.twinninghub.authorities.authority;

import eu.twinninghub.api.authority.AuthorityQuery;
import eu.twinninghub.api.authority.Names;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.web.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Filtered, alphabetical listing with keyset pagination: the cursor is the last row's sort key and
 * id, so a page costs the same at row 20 as at row 20,000 and nothing is skipped or repeated while
 * authorities are added.
 */
@ApplicationScoped
public class AuthoritySearch {

    public Page<Authority> find(AuthorityQuery filter) {
        Map<String, String> forms = new HashMap<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            for (String form : Names.queryForms(filter.q())) {
                forms.put("q" + forms.size(), "%" + form + "%");
            }
            if (forms.isEmpty()) {
                throw ProblemException.invalid("q", "must contain letters or digits");
            }
        }
        Keyset.Query query = Keyset.Query.of("from Authority")
                .filter(forms.keySet().stream().map(name -> "searchText like :" + name)
                        .collect(Collectors.joining(" or ", "(", ")")), forms)
                .filter("country = :country", "country",
                        filter.country() == null ? null : OfficialCodes.isoCountry(filter.country()))
                .filter("kind = :kind", "kind", filter.kindValue())
                .filter("(array_contains(sectorsOfExpertise, :sector) or array_contains(sectorsOfInterest, :sector))",
                        "sector", filter.sector())
                .filter("array_contains(languages, :language)", "language", filter.language())
                .filter("verification = :verification", "verification", filter.verificationValue())
                .filter("parentId = :parent", "parent", filter.parent())
                .ascending("sortKey", "id", filter.cursor(), key -> key, UUID::fromString);
        List<Authority> rows = Authority.<Authority>find(query.text(), query.params()).range(0, filter.limit()).list();
        return Keyset.page(rows, filter.limit(), last -> Keyset.cursor(last.sortKey, last.id), authority -> authority);
    }
}
