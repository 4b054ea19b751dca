package eu.twinninghub.needsoffers.posting;

import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.api.taxonomy.Taxonomy;
import java.time.LocalDate;
import java.util.List;

/** The checks needs and offers share: taxonomy ids and date ranges, each violation named by its field. */
public final class TaxonomyCheck {

    private static final Taxonomy TAXONOMY = Taxonomy.standard();

    private TaxonomyCheck() {
    }

    public static void sectors(List<String> sectors, String field, List<Problem.Violation> violations) {
        for (int i = 0; i < sectors.size(); i++) {
            if (!TAXONOMY.isSector(sectors.get(i))) {
                violations.add(new Problem.Violation(field + "[" + i + "]", "is not a sector of the taxonomy"));
            }
        }
    }

    /** Each subsector must belong to one of {@code sectors}. */
    public static void subsectors(List<String> subsectors, List<String> sectors, String field,
                                  List<Problem.Violation> violations) {
        for (int i = 0; i < subsectors.size(); i++) {
            String subsector = subsectors.get(i);
            if (sectors.stream().noneMatch(sector -> TAXONOMY.isSubsectorOf(subsector, sector))) {
                violations.add(new Problem.Violation(field + "[" + i + "]", "is not a subsector of " + sectors));
            }
        }
    }

    public static void supportModes(List<String> modes, String field, List<Problem.Violation> violations) {
        for (int i = 0; i < modes.size(); i++) {
            if (!TAXONOMY.isSupportMode(modes.get(i))) {
                violations.add(new Problem.Violation(field + "[" + i + "]", "is not a support mode"));
            }
        }
    }

    public static void range(LocalDate from, LocalDate until, String untilField, String fromField,
                             List<Problem.Violation> violations) {
        if (from != null && until != null && until.isBefore(from)) {
            violations.add(new Problem.Violation(untilField, "must not be before " + fromField));
        }
    }
}
