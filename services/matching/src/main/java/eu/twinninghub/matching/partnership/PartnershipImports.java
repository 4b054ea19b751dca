package eu.twinninghub.matching.partnership;

import eu.twinninghub.api.partnership.ImportReport;
import eu.twinninghub.api.partnership.PartnershipImport;
import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.events.partnership.PartnershipRegistered;
import eu.twinninghub.matching.proposal.EngineSnapshot;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.messaging.outbox.Outbox;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.security.AccessPolicy;
import eu.twinninghub.service.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Brings partnerships made elsewhere into the register, from a list. Each row's two authorities are
 * found by official code, or else by name with a confidence ({@link AuthorityNames}); a pair that is
 * partnered already is left as it is, so importing the same list twice changes nothing. A dry run
 * only reports. Otherwise the list goes in whole or not at all, unless a partial import is asked
 * for: then the rows that can go in do, and the report says why the others did not.
 */
@ApplicationScoped
public class PartnershipImports {

    public static final String IMPORTED = "IMPORTED";
    public static final String MATCHED_BY_NAME = "MATCHED_BY_NAME";
    public static final String ALREADY_REGISTERED = "ALREADY_REGISTERED";
    public static final String AMBIGUOUS = "AMBIGUOUS";
    public static final String REFUSED = "REFUSED";

    /** What a spreadsheet would run as a formula (OWASP's list): such a cell is never taken in. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Outbox outbox;
    private final Clock clock;
    private final Caller caller;
    private final EngineSnapshot snapshot;

    public PartnershipImports(Outbox outbox, Clock clock, Caller caller, EngineSnapshot snapshot) {
        this.outbox = outbox;
        this.clock = clock;
        this.caller = caller;
        this.snapshot = snapshot;
    }

    /** A row resolved: its report, and the two authorities when it can go in. */
    private record Resolved(ImportReport.RowReport report, KnownAuthority hromada, KnownAuthority partner) {

        boolean goesIn() {
            return report.status().equals(IMPORTED) || report.status().equals(MATCHED_BY_NAME);
        }
    }

    @Transactional
    public ImportReport run(PartnershipImport list, boolean dryRun, boolean partial) {
        caller.require(AccessPolicy.registers(caller.who()),
                "only a platform admin or a partner network imports partnerships");
        Map<UUID, KnownAuthority> register = new HashMap<>();
        KnownAuthority.<KnownAuthority>streamAll().forEach(a -> register.put(a.id, a));
        AuthorityNames names = new AuthorityNames(register.values().stream()
                .map(a -> new AuthorityNames.Authority(a.id, a.nameLatin, a.country, a.officialCode)).toList());
        Map<PartneredPairs.Pair, UUID> partnered = PartneredPairs.all();
        Set<PartneredPairs.Pair> earlierRows = new HashSet<>();

        List<Resolved> resolved = new ArrayList<>();
        for (int i = 0; i < list.rows().size(); i++) {
            Resolved row = resolve(i, list.rows().get(i), names, register, partnered, earlierRows);
            resolved.add(row);
            if (row.goesIn()) {
                earlierRows.add(PartneredPairs.Pair.of(row.hromada().id, row.partner().id));
            }
        }
        if (!dryRun) {
            List<Problem.Violation> blocking = resolved.stream()
                    .filter(row -> row.report().status().equals(REFUSED) || row.report().status().equals(AMBIGUOUS))
                    .map(row -> new Problem.Violation("rows[" + row.report().row() + "]",
                            row.report().status().toLowerCase(Locale.ROOT) + ": " + row.report().reason()))
                    .toList();
            if (!blocking.isEmpty() && !partial) {
                throw ProblemException.invalid(blocking);
            }
            Instant now = clock.instant();
            List<PartnershipRegistered> announced = new ArrayList<>();
            for (int i = 0; i < resolved.size(); i++) {
                Resolved row = resolved.get(i);
                if (row.goesIn()) {
                    Partnership partnership = register(list, list.rows().get(i), row, now, announced);
                    resolved.set(i, new Resolved(withPartnership(row.report(), partnership.id), row.hromada(),
                            row.partner()));
                }
            }
            outbox.addAll(announced);
            snapshot.changed();
        }
        List<ImportReport.RowReport> rows = resolved.stream().map(Resolved::report).toList();
        return new ImportReport(dryRun, count(rows, IMPORTED), count(rows, MATCHED_BY_NAME),
                count(rows, ALREADY_REGISTERED), count(rows, AMBIGUOUS), count(rows, REFUSED), rows);
    }

    private Resolved resolve(int index, PartnershipImport.Row row, AuthorityNames names,
                             Map<UUID, KnownAuthority> register, Map<PartneredPairs.Pair, UUID> partnered,
                             Set<PartneredPairs.Pair> earlierRows) {
        String formula = Stream.of(row.hromadaCode(), row.hromadaName(), row.partnerCode(), row.partnerName(),
                        row.partnerCountry(), row.reference())
                .filter(cell -> cell != null && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0)
                .findFirst().orElse(null);
        if (formula != null) {
            return refused(index, "a cell starts with " + formula.charAt(0) + ", as a spreadsheet formula does: "
                    + "such cells are not imported");
        }
        AuthorityNames.Found hromada = side(names, row.hromadaCode(), row.hromadaName(), "UA");
        String partnerCountry = row.partnerCountry() == null ? null : country(row.partnerCountry());
        if (row.partnerCode() == null && row.partnerName() != null && partnerCountry == null) {
            return refused(index, "partnerCountry is needed to find a partner by its name");
        }
        AuthorityNames.Found partner = side(names, row.partnerCode(), row.partnerName(), partnerCountry);
        if (row.hromadaCode() == null && row.hromadaName() == null) {
            return refused(index, "a row names the Ukrainian authority by hromadaCode or hromadaName");
        }
        if (row.partnerCode() == null && row.partnerName() == null) {
            return refused(index, "a row names the partner by partnerCode or partnerName");
        }
        for (var side : List.of(Map.entry("hromada", hromada), Map.entry("partner", partner))) {
            AuthorityNames.Found found = side.getValue();
            if (found.how() == AuthorityNames.How.AMBIGUOUS) {
                return new Resolved(new ImportReport.RowReport(index, AMBIGUOUS, null, null, null,
                        candidates(found), side.getKey() + " fits several authorities: give its official code",
                        null), null, null);
            }
            if (found.how() == AuthorityNames.How.NONE) {
                return refused(index, "no authority of the register fits the " + side.getKey() + "'s "
                        + (side.getKey().equals("hromada") ? (row.hromadaCode() != null ? "code" : "name")
                        : (row.partnerCode() != null ? "code" : "name")));
            }
        }
        KnownAuthority ukrainian = register.get(hromada.found().id());
        KnownAuthority other = register.get(partner.found().id());
        if (!ukrainian.isUkrainian()) {
            return refused(index, "hromadaCode names an authority outside Ukraine");
        }
        if (ukrainian.id.equals(other.id)) {
            return refused(index, "both sides are the same authority");
        }
        if (!AccessPolicy.vouchesFor(caller.who(), Stream.concat(ukrainian.networkIds.stream(),
                other.networkIds.stream()).toList())) {
            return refused(index, "neither authority has accepted your network");
        }
        PartneredPairs.Pair pair = PartneredPairs.Pair.of(ukrainian.id, other.id);
        double confidence = Math.min(hromada.confidence(), partner.confidence());
        if (partnered.containsKey(pair) || earlierRows.contains(pair)) {
            return new Resolved(new ImportReport.RowReport(index, ALREADY_REGISTERED, ukrainian.id, other.id,
                    confidence, List.of(), earlierRows.contains(pair) ? "the pair is on an earlier row of this list"
                    : "the pair is partnered already", partnered.get(pair)), null, null);
        }
        boolean byCode = hromada.how() == AuthorityNames.How.CODE && partner.how() == AuthorityNames.How.CODE;
        return new Resolved(new ImportReport.RowReport(index, byCode ? IMPORTED : MATCHED_BY_NAME, ukrainian.id,
                other.id, confidence, byCode ? List.of() : candidates(hromada, partner), null, null), ukrainian, other);
    }

    private static AuthorityNames.Found side(AuthorityNames names, String code, String name, String country) {
        if (code != null) {
            return names.byCode(code);
        }
        return name == null || country == null ? AuthorityNames.Found.NONE : names.byName(name, country);
    }

    /** ISO 3166 codes; Eurostat writes Greece EL, the register GR. */
    private static String country(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return upper.equals("EL") ? "GR" : upper;
    }

    private Partnership register(PartnershipImport list, PartnershipImport.Row row, Resolved resolved, Instant now,
                                 List<PartnershipRegistered> announced) {
        Partnership partnership = new Partnership();
        partnership.id = UUID.randomUUID();
        partnership.status = PartnershipStatus.ACTIVE;
        partnership.startDate = row.since();
        partnership.activeSince = row.since();
        partnership.establishedAt = now;
        partnership.lastProgressAt = now;
        partnership.originSource = list.source().strip();
        partnership.originLicence = list.licence().strip();
        partnership.originRetrieved = list.retrieved();
        partnership.originReference = row.reference();
        partnership.importedBy = caller.displayName();
        // Agreed elsewhere: the list is the record of both consents, and each side coordinates itself.
        PartnershipParty hromada = PartnershipParty.agreed(partnership, PartnershipParty.MEMBER, Team.RECEIVING,
                resolved.hromada().id, null, now, partnership.importedBy);
        PartnershipParty partner = PartnershipParty.agreed(partnership, PartnershipParty.MEMBER, Team.SUPPORTING,
                resolved.partner().id, null, now, partnership.importedBy);
        hromada.coordinator = true;
        partner.coordinator = true;
        partnership.parties.add(hromada);
        partnership.parties.add(partner);
        partnership.persist();
        announced.add(new PartnershipRegistered(partnership.id, List.of(resolved.hromada().id, resolved.partner().id),
                row.since(), partnership.originSource, partnership.originLicence, list.retrieved(), row.reference(),
                partnership.importedBy));
        return partnership;
    }

    private static List<ImportReport.Candidate> candidates(AuthorityNames.Found... sides) {
        return Stream.of(sides).filter(found -> found.how() != AuthorityNames.How.CODE)
                .flatMap(found -> found.candidates().stream())
                .map(c -> new ImportReport.Candidate(c.authority().id(), c.authority().name(), c.authority().country(),
                        c.authority().officialCode(), c.confidence()))
                .toList();
    }

    private static Resolved refused(int index, String reason) {
        return new Resolved(new ImportReport.RowReport(index, REFUSED, null, null, null, List.of(), reason, null),
                null, null);
    }

    private static ImportReport.RowReport withPartnership(ImportReport.RowReport row, UUID partnership) {
        return new ImportReport.RowReport(row.row(), row.status(), row.hromadaId(), row.partnerId(), row.confidence(),
                row.candidates(), row.reason(), partnership);
    }

    private static int count(List<ImportReport.RowReport> rows, String status) {
        return (int) rows.stream().filter(row -> row.status().equals(status)).count();
    }
}
