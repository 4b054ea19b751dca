package eu.twinninghub.matching.bench;

import eu.twinninghub.matching.engine.Generated;
import eu.twinninghub.matching.engine.MatchingEngine;
import eu.twinninghub.matching.engine.NeedProfile;
import eu.twinninghub.matching.engine.Relations;
import eu.twinninghub.matching.engine.Weights;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The top 10 offers for one need among {@code offers} open offers: through the index, and by
 * scoring every offer (the baseline, and the index's test oracle). Sampled, so that JMH reports
 * p50/p99 per call; each call takes the next of 500 needs, so no answer is cached anywhere.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class TopCandidatesBenchmark {

    private static final BiPredicate<UUID, UUID> ANY = (n, o) -> true;

    @Param({"1000", "10000", "100000"})
    public int offers;

    private MatchingEngine engine;
    private List<NeedProfile> needs;
    private int next;

    @Setup
    public void setUp() {
        Generated generated = new Generated(2026, 1_400);
        needs = generated.needs(500);
        engine = MatchingEngine.build(needs, generated.offers(offers), Relations.NONE, Weights.DEFAULT);
    }

    @Benchmark
    public MatchingEngine.Ranking indexed() {
        return engine.topOffers(nextNeed(), 10, ANY);
    }

    @Benchmark
    public MatchingEngine.Ranking bruteForce() {
        return engine.bruteForceOffers(nextNeed(), 10, ANY);
    }

    private UUID nextNeed() {
        next = (next + 1) % needs.size();
        return needs.get(next).id();
    }
}
