package eu.twinninghub.matching.bench;

import eu.twinninghub.matching.analytics.Coverages;
import eu.twinninghub.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Alliance's coverage figures at the scale issue 26 names: 1,429 hromadas in 24 oblasts, 100,000
 * needs (80% open), 20,000 offers, 40,000 proposals and 20,000 partnerships (a quarter imported), in a
 * real PostgreSQL migrated by matching's own Flyway scripts. One operation is the five statements the
 * service runs for one answer; sampled, so JMH gives p50/p95/p99. The plans (EXPLAIN ANALYZE) are
 * written to target/benchmarks/coverage-plans.txt.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class CoverageBenchmark {

    /** The months' statement takes its first and last month as parameters; here, the year to this December. */
    private static final List<String> STATEMENTS = List.of(Coverages.OBLASTS, Coverages.SECTORS, Coverages.SIZES,
            Coverages.COUNTRIES, Coverages.TRENDS.replace("?1", "'2026-01-01'").replace("?2", "'2026-12-01'"));

    private Connection connection;

    @Setup
    public void aLargeRegister() throws SQLException, IOException {
        TestPostgres postgres = TestPostgres.shared();
        String database = "coverage_bench_" + UUID.randomUUID().toString().substring(0, 8);
        postgres.createDatabase(database);
        String url = postgres.jdbcUrl(database);
        Flyway.configure().dataSource(url, postgres.username(), postgres.password())
                .locations("classpath:db/migration", "classpath:db/messaging").load().migrate();
        connection = DriverManager.getConnection(url, postgres.username(), postgres.password());
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into known_authority (id, kind, country, name_latin, verification, version)
                    select gen_random_uuid(), 'OBLAST', 'UA', 'Oblast ' || g, 'VERIFIED', 1
                    from generate_series(1, 24) g""");
            sql.execute("""
                    insert into known_authority (id, kind, country, name_latin, parent_id, settlement_type,
                                                 population, verification, version)
                    select gen_random_uuid(), 'HROMADA', 'UA', 'Hromada ' || g,
                           (select id from known_authority where kind = 'OBLAST' order by name_latin
                            offset (g % 24) limit 1),
                           (array['village', 'village', 'village', 'settlement', 'settlement', 'urban', 'urban'])
                               [1 + g % 7], 3000 + g * 37, case when g % 100 = 0 then 'SUSPENDED' else 'VERIFIED' end, 1
                    from generate_series(1, 1429) g""");
            sql.execute("""
                    insert into known_authority (id, kind, country, name_latin, verification, version)
                    select gen_random_uuid(), 'MUNICIPALITY',
                           (array['DE', 'PL', 'LT', 'FR', 'IT', 'NL', 'CZ', 'AT'])[1 + g % 8], 'Town ' || g, 'VERIFIED', 1
                    from generate_series(1, 800) g""");
            sql.execute("create temporary table h as select id, row_number() over () as n from known_authority"
                    + " where kind = 'HROMADA'");
            sql.execute("create temporary table t as select id, row_number() over () as n from known_authority"
                    + " where kind = 'MUNICIPALITY'");
            sql.execute("""
                    insert into open_need (id, authority_id, sector, urgency, open, version, published_at)
                    select gen_random_uuid(), (select id from h where n = 1 + g % 1429),
                           (array['housing', 'education', 'health', 'social-protection', 'culture-tourism', 'energy',
                                  'transport', 'digital', 'water-sanitation', 'municipal-services', 'economy',
                                  'agriculture', 'environment', 'civil-protection', 'governance'])[1 + g % 15],
                           'HIGH', g % 5 <> 0, 1, now() - (g % 400) * interval '1 day'
                    from generate_series(1, 100000) g""");
            sql.execute("""
                    insert into open_offer (id, authority_id, sectors, capacity, partners, open, version)
                    select gen_random_uuid(), (select id from t where n = 1 + g % 800),
                           array[(array['housing', 'education', 'health', 'energy', 'transport', 'digital',
                                        'water-sanitation', 'environment'])[1 + g % 8]], 3, g % 3, true, 1
                    from generate_series(1, 20000) g""");
            sql.execute("""
                    insert into match (id, need_id, need_authority_id, score, cluster, status, proposed_at, expires_at,
                                       version)
                    select gen_random_uuid(), n.id, n.authority_id, 70, false,
                           (array['PROPOSED', 'AGREED', 'DECLINED', 'EXPIRED'])[1 + (row_number() over ()) % 4],
                           n.published_at + interval '3 days', n.published_at + interval '17 days', 1
                    from (select * from open_need order by id limit 40000) n""");
            sql.execute("""
                    insert into partnership (id, match_id, need_id, status, established_at, last_progress_at, version,
                                             origin_source, origin_licence, origin_retrieved)
                    select gen_random_uuid(), m.id, m.need_id, 'ACTIVE', now(), now(), 0, null, null, null::date
                    from (select * from match where status = 'AGREED' limit 10000) m
                    union all
                    select gen_random_uuid(), null::uuid, null::uuid, 'ACTIVE', now(), now(), 0, 'A list', 'CC BY 4.0',
                           current_date
                    from generate_series(1, 10000) g""");
            sql.execute("""
                    insert into partnership_party (id, partnership_id, side, authority_id, item_id, team, coordinator,
                                                   invited_at, consented_at)
                    select gen_random_uuid(), p.id, 'MEMBER', (select id from h where n = 1 + (r % 1429)), null::uuid,
                           'RECEIVING', true, now(), now()
                    from (select id, row_number() over () as r from partnership) p
                    union all
                    select gen_random_uuid(), p.id, 'MEMBER', (select id from t where n = 1 + (r % 800)), null::uuid,
                           'SUPPORTING', true, now(), now()
                    from (select id, row_number() over () as r from partnership) p""");
            sql.execute("analyze");
        }
        StringBuilder plans = new StringBuilder();
        for (String statement : STATEMENTS) {
            try (Statement sql = connection.createStatement();
                 ResultSet plan = sql.executeQuery("explain (analyze, buffers) " + statement)) {
                while (plan.next()) {
                    plans.append(plan.getString(1)).append('\n');
                }
                plans.append('\n');
            }
        }
        Path out = Path.of("target/benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("coverage-plans.txt"), plans);
    }

    @Benchmark
    public List<Integer> theStatementsOfOneAnswer() throws SQLException {
        List<Integer> rows = new ArrayList<>();
        for (String statement : STATEMENTS) {
            try (Statement sql = connection.createStatement(); ResultSet result = sql.executeQuery(statement)) {
                int count = 0;
                while (result.next()) {
                    count++;
                }
                rows.add(count);
            }
        }
        return rows;
    }

    @TearDown
    public void close() throws SQLException {
        connection.close();
    }
}
