package eu.twinninghub.matching.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.twinninghub.api.paging.Page;
import eu.twinninghub.api.partnership.ImportReport;
import eu.twinninghub.api.partnership.OpenData;
import eu.twinninghub.api.partnership.PartnershipApi;
import eu.twinninghub.api.partnership.PartnershipImport;
import eu.twinninghub.api.partnership.CoordinatorChoice;
import eu.twinninghub.api.partnership.FundingProgramme;
import eu.twinninghub.api.partnership.MemberDeparture;
import eu.twinninghub.api.partnership.MemberInvitation;
import eu.twinninghub.api.partnership.Milestone;
import eu.twinninghub.api.partnership.MilestoneInput;
import eu.twinninghub.api.partnership.PartnershipPlan;
import eu.twinninghub.api.partnership.PartnershipStatusRequest;
import eu.twinninghub.api.partnership.PartnershipView;
import eu.twinninghub.api.partnership.ProgressInput;
import eu.twinninghub.api.partnership.ProgressUpdate;
import eu.twinninghub.api.problem.Problem;
import eu.twinninghub.matching.partnership.CsvList;
import eu.twinninghub.matching.partnership.Partnership;
import eu.twinninghub.matching.partnership.PartnershipBoard;
import eu.twinninghub.matching.partnership.PartnershipImports;
import eu.twinninghub.matching.partnership.PartnershipMembers;
import eu.twinninghub.matching.partnership.PartnershipMilestone;
import eu.twinninghub.matching.partnership.PartnershipParty;
import eu.twinninghub.matching.partnership.PartnershipStatus;
import eu.twinninghub.matching.partnership.Team;
import eu.twinninghub.messaging.authority.KnownAuthority;
import eu.twinninghub.reference.ReferenceData;
import eu.twinninghub.service.problem.ProblemException;
import eu.twinninghub.service.web.Keyset;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Partnerships are public: who works with whom on what is what the Alliance wants everyone to see. */
@Transactional
public class PartnershipResource implements PartnershipApi {

    static final String LICENCE = "CC BY 4.0 — Twinning Hub, European Alliance of Cities and Regions for the"
            + " Reconstruction of Ukraine";

    private final PartnershipBoard board;
    private final PartnershipImports imports;
    private final PartnershipMembers members;
    private final ObjectMapper json;
    private final Validator validator;

    public PartnershipResource(PartnershipBoard board, PartnershipImports imports, PartnershipMembers members,
                               ObjectMapper json, Validator validator) {
        this.board = board;
        this.imports = imports;
        this.members = members;
        this.json = json;
        this.validator = validator;
    }

    @Override
    public Page<PartnershipView> list(UUID authority, String status, String cursor, int limit) {
        Keyset.Query query = Keyset.Query.of("select p from Partnership p")
                .filter("exists (select 1 from PartnershipParty x where x.partnership = p and x.authorityId = :authority"
                        + " and x.leftAt is null)",
                        "authority", authority)
                .filter("p.status = :status", "status", status == null ? null : PartnershipStatus.valueOf(status))
                .newestFirst("p.establishedAt", "p.id", cursor, Instant::parse, UUID::fromString);
        List<Partnership> rows = Partnership.<Partnership>find(query.text(), query.params()).range(0, limit).list();
        Map<UUID, KnownAuthority> known = knownAuthorities(rows);
        return Keyset.page(rows, limit, last -> Keyset.cursor(last.establishedAt, last.id), p -> view(p, known));
    }

    @Override
    public PartnershipView get(UUID id) {
        return view(board.find(id));
    }

    @Override
    @Authenticated
    public PartnershipView plan(UUID id, PartnershipPlan plan) {
        return flushed(board.plan(id, plan));
    }

    @Override
    @Authenticated
    public PartnershipView changeStatus(UUID id, PartnershipStatusRequest request) {
        return flushed(board.changeStatus(id, request));
    }

    @Override
    @Authenticated
    public PartnershipView addUpdate(UUID id, ProgressInput update) {
        return flushed(board.addUpdate(id, update.text()));
    }

    @Override
    @Authenticated
    public PartnershipView recordMilestone(UUID id, MilestoneInput milestone) {
        return flushed(board.recordMilestone(id, milestone));
    }

    @Override
    @Authenticated
    public PartnershipView invite(UUID id, MemberInvitation invitation) {
        return flushed(members.invite(id, invitation.authorityId(), Team.valueOf(invitation.team())));
    }

    @Override
    @Authenticated
    public PartnershipView consent(UUID id, UUID authorityId) {
        return flushed(members.consent(id, authorityId));
    }

    @Override
    @Authenticated
    public PartnershipView depart(UUID id, UUID authorityId, MemberDeparture departure) {
        return flushed(members.depart(id, authorityId, departure.reason()));
    }

    @Override
    @Authenticated
    public PartnershipView handOver(UUID id, String team, CoordinatorChoice choice) {
        return flushed(members.handOver(id, Team.valueOf(team), choice.authorityId()));
    }

    /** A list of 10,000 rows takes about 40 s here: past the default minute a slower machine would roll it back. */
    @Override
    @Authenticated
    @TransactionConfiguration(timeout = 600)
    public ImportReport importList(PartnershipImport list, boolean dryRun, boolean partial) {
        return imports.run(list, dryRun, partial);
    }

    @Override
    @Authenticated
    @TransactionConfiguration(timeout = 600)
    public ImportReport importCsv(byte[] file, String source, String licence, String retrieved, boolean dryRun,
                                  boolean partial) {
        // The origin comes as parameters here: checked with the list, so that every mistake is named at once.
        List<Problem.Violation> wrong = new ArrayList<>();
        LocalDate day = null;
        try {
            day = retrieved == null ? null : LocalDate.parse(retrieved);
        } catch (DateTimeParseException e) {
            wrong.add(new Problem.Violation("retrieved", "must be a date like 2026-11-30"));
        }
        PartnershipImport list = new PartnershipImport(source, licence, day, CsvList.rows(file));
        for (ConstraintViolation<PartnershipImport> violation : validator.validate(list)) {
            String field = violation.getPropertyPath().toString();
            if (!(field.equals("retrieved") && !wrong.isEmpty())) {
                wrong.add(new Problem.Violation(field, violation.getMessage()));
            }
        }
        if (!wrong.isEmpty()) {
            throw ProblemException.invalid(wrong);
        }
        return imports.run(list, dryRun, partial);
    }

    @Override
    public Response exportJson() {
        Map<UUID, KnownAuthority> known = everyKnownAuthority();
        List<OpenData.Entry> all = everyPartnership().stream()
                .map(p -> new OpenData.Entry(p.id, p.status.name(), List.copyOf(p.themes), p.establishedAt,
                        parties(p, known, PartnershipParty::current))).toList();
        try {
            return Response.ok(json.writeValueAsString(new OpenData(LICENCE, all)), "application/json")
                    .header("Content-Disposition", "attachment; filename=\"twinning-partnerships.json\"").build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Response exportCsv() {
        StringBuilder csv = new StringBuilder("# ").append(LICENCE).append('\n')
                .append("partnership_id,status,established_at,themes,side,authority_id,authority_name,country,"
                        + "official_code,item_id,team,coordinator\n");
        Map<UUID, KnownAuthority> known = everyKnownAuthority();
        for (Partnership p : everyPartnership()) {
            for (var party : parties(p, known, PartnershipParty::current)) {
                csv.append(String.join(",", p.id.toString(), p.status.name(), p.establishedAt.toString(),
                        Csv.cell(String.join(" ", p.themes)), party.side(), party.authorityId().toString(),
                        Csv.cell(party.name()), Csv.cell(party.country()), Csv.cell(party.officialCode()),
                        party.itemId() == null ? "" : party.itemId().toString(), party.team(),
                        String.valueOf(party.coordinator()))).append('\n');
            }
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"twinning-partnerships.csv\"").build();
    }

    /** Flushes, so that the view shows the version the next edit must name. */
    private static PartnershipView flushed(Partnership partnership) {
        Panache.getEntityManager().flush();
        return view(partnership);
    }

    /** Every partnership with its parties, in two statements: the open-data exports list them all. */
    private static List<Partnership> everyPartnership() {
        return Partnership.<Partnership>list("select distinct p from Partnership p left join fetch p.parties"
                + " order by p.establishedAt, p.id");
    }

    /** The whole register (a few thousand authorities): cheaper in one read than one per party of an export. */
    private static Map<UUID, KnownAuthority> everyKnownAuthority() {
        return KnownAuthority.<KnownAuthority>listAll().stream().collect(Collectors.toMap(a -> a.id, a -> a));
    }

    /** The authorities of these partnerships' parties, in one statement. */
    private static Map<UUID, KnownAuthority> knownAuthorities(List<Partnership> partnerships) {
        Set<UUID> ids = partnerships.stream().flatMap(p -> p.parties.stream()).map(party -> party.authorityId)
                .collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : KnownAuthority.<KnownAuthority>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, a -> a));
    }

    static PartnershipView view(Partnership p) {
        return view(p, knownAuthorities(List.of(p)));
    }

    private static PartnershipView view(Partnership p, Map<UUID, KnownAuthority> known) {
        return new PartnershipView(p.id, p.matchId, p.status.name(), parties(p, known, PartnershipParty::current),
                parties(p, known, PartnershipParty::invited), parties(p, known, party -> party.leftAt != null), p.goals,
                List.copyOf(p.themes),
                p.startDate, p.endDate, p.establishedAt, p.mouSignedOn, p.agreementApprovedOn, p.activeSince,
                p.endedOn, p.endReason, p.lastProgressAt, p.updates.stream().map(u -> new ProgressUpdate(u.id,
                u.authorityId, u.postedBy, u.postedAt, u.text)).toList(),
                p.milestones.stream().sorted(Comparator.comparing((PartnershipMilestone m) -> m.date)
                        .thenComparing(m -> m.recordedAt)).map(m -> new Milestone(m.id, m.kind.name(), m.date, m.link, m.authorityId,
                        m.recordedBy, m.recordedAt)).toList(), p.dreamProjectId,
                ReferenceData.fundingProgrammes().stream().filter(f -> p.fundingProgrammes.contains(f.id()))
                        .map(f -> new FundingProgramme(f.id(), f.name(), f.link())).toList(),
                p.status.next(PartnershipBoard.international(p)).stream().map(Enum::name).toList(),
                p.imported() ? new PartnershipView.Origin(p.originSource, p.originLicence, p.originRetrieved,
                        p.originReference, p.importedBy) : null, p.version);
    }

    private static List<eu.twinninghub.api.partnership.PartnershipParty> parties(
            Partnership p, Map<UUID, KnownAuthority> known, Predicate<PartnershipParty> which) {
        return p.parties.stream().filter(which).map(party -> {
            KnownAuthority a = known.get(party.authorityId);
            return new eu.twinninghub.api.partnership.PartnershipParty(party.side, party.authorityId,
                    a == null ? null : a.nameLatin, a == null ? null : a.nameOfficial,
                    a == null ? null : a.country, a == null ? null : a.officialCode,
                    party.itemId, party.team.name(), party.coordinator && party.leftAt == null, party.invitedAt,
                    party.consentedAt, party.leftAt, party.leftReason);
        }).toList();
    }
}
