package eu.twinninghub.matching.analytics;

import eu.twinninghub.api.analytics.Coverage;
import eu.twinninghub.matching.config.MatchingConfig;
import eu.twinninghub.matching.partnership.Partnership;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The coverage figures, each from one statement over this service's read model and partnerships.
 * Only what is public counts: needs that are open (or became a partnership), of authorities that are
 * not suspended; drafts never reach this service, and a withdrawn need is no longer open. The
 * statements are in the README with the reasoning behind each figure.
 */
@ApplicationScoped
public class Coverages {

    public static final String LICENCE = "CC BY 4.0 — Twinning Hub, European Alliance of Cities and Regions for the"
            + " Reconstruction of Ukraine; hromada sizes from Hromada Strategy Collaboration Mapping (W3I), derived in"
            + " part from data.gov.ua (CC BY 4.0)";

    /** Every public need with its oblast and sector, its stage, and the days it waited for its first proposal. */
    private static final String NEED = """
            need as (
                select n.id, n.sector, n.open, n.published_at,
                       case when a.kind = 'OBLAST' then a.id else a.parent_id end as oblast_id,
                       pending.need_id is not null as proposed,
                       held.need_id is not null as partnered,
                       extract(epoch from first.proposed_at - n.published_at) / 86400.0 as waited
                from open_need n
                join known_authority a on a.id = n.authority_id
                left join (select distinct need_id from match where status = 'PROPOSED') pending
                       on pending.need_id = n.id
                left join (select distinct need_id from partnership where status <> 'CANCELLED'
                           and need_id is not null) held on held.need_id = n.id
                left join (select need_id, min(proposed_at) as proposed_at from match group by need_id) first
                       on first.need_id = n.id
                where a.verification <> 'SUSPENDED' and (n.open or held.need_id is not null)
            )""";

    /** The figures of a group of needs, in the order of {@link Coverage.Oblast} and {@link Coverage.Sector}. */
    private static final String FIGURES = """
            count(*) filter (where open) as open_needs, count(*) filter (where open and proposed) as proposed,
            count(*) filter (where partnered) as partnered,
            percentile_cont(0.5) within group (order by waited) filter (where waited is not null) as median_days""";

    /** Hromadas, and whether each is a member now of a partnership that was not cancelled (of any origin). */
    private static final String HROMADA = """
            hromada as (
                select a.id, a.parent_id, coalesce(a.settlement_type, 'unknown') as settlement_type,
                       exists (select 1 from partnership_party x join partnership p on p.id = x.partnership_id
                               where x.authority_id = a.id and x.consented_at is not null and x.left_at is null
                                     and p.status <> 'CANCELLED') as partnered
                from known_authority a
                where a.kind = 'HROMADA' and a.country = 'UA' and a.verification <> 'SUSPENDED'
            )""";

    /** The four statements, public for {@code CoverageBenchmark}, which times them on a large register. */
    public static final String OBLASTS = "with " + NEED + ", " + HROMADA + """
                , needs as (select oblast_id, %s from need group by oblast_id)
                , hromadas as (select parent_id as oblast_id, count(*) as hromadas,
                                      count(*) filter (where partnered) as partnered
                               from hromada group by parent_id)
                select o.id, o.name_latin, coalesce(n.open_needs, 0), coalesce(n.proposed, 0),
                       coalesce(n.partnered, 0), n.median_days, coalesce(h.hromadas, 0), coalesce(h.partnered, 0)
                from known_authority o
                left join needs n on n.oblast_id = o.id
                left join hromadas h on h.oblast_id = o.id
                where o.kind = 'OBLAST' and o.country = 'UA'
                order by o.name_latin""".formatted(FIGURES);

    public static final String SECTORS = "with " + NEED + """
                , figures as (select sector, %s from need group by sector)
                , places as (
                    select s.sector, sum(greatest(o.capacity - o.partners, 0)) as places
                    from open_offer o join known_authority a on a.id = o.authority_id
                    cross join lateral unnest(o.sectors) as s(sector)
                    where o.open and a.verification <> 'SUSPENDED'
                    group by s.sector
                )
                select coalesce(f.sector, p.sector), coalesce(f.open_needs, 0), coalesce(f.proposed, 0),
                       coalesce(f.partnered, 0), f.median_days, coalesce(p.places, 0)
                from figures f full join places p on p.sector = f.sector
                order by 1""".formatted(FIGURES);

    public static final String SIZES = "with " + HROMADA + """
                select settlement_type, count(*), count(*) filter (where partnered)
                from hromada group by settlement_type order by settlement_type""";

    public static final String COUNTRIES = """
                select a.country, count(distinct a.id), count(distinct p.id)
                from partnership p join partnership_party x on x.partnership_id = p.id
                join known_authority a on a.id = x.authority_id
                where p.status <> 'CANCELLED' and x.consented_at is not null and x.left_at is null
                      and a.country <> 'UA' and a.verification <> 'SUSPENDED'
                group by a.country order by 3 desc, 1""";

    /**
     * Per month of the last twelve (?1 the first, ?2 the current, both first days): public needs by
     * the month they were published, proposals to authorities that are not suspended, partnerships not
     * cancelled by the month they were made or registered.
     */
    public static final String TRENDS = "with " + NEED + """
                , months as (select cast(m as date) as month
                             from generate_series(cast(?1 as date), cast(?2 as date), interval '1 month') m)
                , published as (select cast(date_trunc('month', published_at at time zone 'UTC') as date) as month,
                                       count(*) as n
                                from need where published_at is not null group by 1)
                , proposed as (select cast(date_trunc('month', m.proposed_at at time zone 'UTC') as date) as month,
                                      count(*) as n
                               from match m join known_authority a on a.id = m.need_authority_id
                               where a.verification <> 'SUSPENDED' group by 1)
                , made as (select cast(date_trunc('month', established_at at time zone 'UTC') as date) as month,
                                  count(*) filter (where origin_source is null) as here,
                                  count(*) filter (where origin_source is not null) as registered
                           from partnership where status <> 'CANCELLED' group by 1)
                select to_char(m.month, 'YYYY-MM'), coalesce(p.n, 0), coalesce(q.n, 0), coalesce(x.here, 0),
                       coalesce(x.registered, 0)
                from months m
                left join published p on p.month = m.month
                left join proposed q on q.month = m.month
                left join made x on x.month = m.month
                order by m.month""";

    private final Clock clock;
    private final Duration freshFor;
    private volatile Coverage latest;

    public Coverages(Clock clock, MatchingConfig config) {
        this.clock = clock;
        this.freshFor = config.analyticsFreshFor();
    }

    /**
     * The figures as of at most {@code analyticsFreshFor} ago. On a register of 100,000 needs their
     * statements take the better part of a second (CoverageBenchmark), so readers get the last
     * computation, which the schedule below keeps fresh.
     */
    public Coverage now() {
        Coverage known = latest;
        if (freshFor.isZero() || known == null || known.asOf().plus(freshFor).isBefore(clock.instant())) {
            return compute();
        }
        return known;
    }

    @Scheduled(every = "${twinning.analytics.refresh:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (!freshFor.isZero()) {
            QuarkusTransaction.requiringNew().call(this::compute);
        }
    }

    private synchronized Coverage compute() {
        EntityManager em = Partnership.getEntityManager();
        Instant now = clock.instant();
        Coverage computed = new Coverage(now, LICENCE, oblasts(em), sectors(em), sizes(em), countries(em),
                months(em, LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1)));
        latest = computed;
        return computed;
    }

    private static List<Coverage.Oblast> oblasts(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OBLASTS).getResultList();
        return rows.stream().map(r -> new Coverage.Oblast((UUID) r[0], (String) r[1], count(r[2]), count(r[3]),
                count(r[4]), days(r[5]), count(r[6]), count(r[7]))).toList();
    }

    private static List<Coverage.Sector> sectors(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SECTORS).getResultList();
        return rows.stream().map(r -> new Coverage.Sector((String) r[0], count(r[1]), count(r[2]), count(r[3]),
                days(r[4]), count(r[5]))).toList();
    }

    private static List<Coverage.SizeClass> sizes(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SIZES).getResultList();
        return rows.stream().map(r -> {
            int hromadas = count(r[1]);
            int partnered = count(r[2]);
            return new Coverage.SizeClass((String) r[0], hromadas, partnered,
                    hromadas == 0 ? 0 : Math.round(1000.0 * partnered / hromadas) / 1000.0);
        }).toList();
    }

    private static List<Coverage.Country> countries(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COUNTRIES).getResultList();
        return rows.stream().map(r -> new Coverage.Country(((String) r[0]).strip(), count(r[1]), count(r[2])))
                .toList();
    }

    private static List<Coverage.Month> months(EntityManager em, LocalDate thisMonth) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(TRENDS).setParameter(1, thisMonth.minusMonths(11))
                .setParameter(2, thisMonth).getResultList();
        return rows.stream().map(r -> new Coverage.Month((String) r[0], count(r[1]), count(r[2]), count(r[3]),
                count(r[4]))).toList();
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static Double days(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
