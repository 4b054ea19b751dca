package eu.twinninghub.matching.bench;

import eu.twinninghub.api.authority.Names;
import eu.twinninghub.matching.partnership.AuthorityNames;
import eu.twinninghub.reference.ReferenceData;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Finding both sides of a 10,000-row list of partnerships by name, against the real register: the
 * 1,429 hromadas of the reference data (their Latin names as the register keeps them) and the 177 EU
 * municipalities. Each row names a hromada as lists do, in Cyrillic, and a partner town with its
 * country. Each run builds the lookup afresh, as an import does, so nothing is remembered between runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ImportNamesBenchmark {

    private static final int ROWS = 10_000;

    private final List<AuthorityNames.Authority> register = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    @Setup
    public void readTheRegister() {
        List<ReferenceData.Hromada> hromadas = ReferenceData.hromadas();
        List<ReferenceData.Municipality> towns = ReferenceData.municipalities();
        hromadas.forEach(h -> register.add(new AuthorityNames.Authority(UUID.randomUUID(),
                Names.transliterate(h.name()), "UA", h.katottg())));
        towns.forEach(t -> register.add(new AuthorityNames.Authority(UUID.randomUUID(), t.name(), t.country(), null)));
        Random random = new Random(7);
        for (int i = 0; i < ROWS; i++) {
            ReferenceData.Municipality town = towns.get(random.nextInt(towns.size()));
            rows.add(new String[] {hromadas.get(random.nextInt(hromadas.size())).name(), town.name(), town.country()});
        }
    }

    @Benchmark
    public int tenThousandRowsByName() {
        AuthorityNames names = new AuthorityNames(register);
        int found = 0;
        for (String[] row : rows) {
            if (names.byName(row[0], "UA").how() == AuthorityNames.How.NAME
                    && names.byName(row[1], row[2]).how() == AuthorityNames.How.NAME) {
                found++;
            }
        }
        return found;
    }
}
