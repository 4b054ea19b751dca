package eu.twinninghub.matching.bench;

import eu.twinninghub.matching.engine.Allocation;
import eu.twinninghub.matching.engine.Fairness;
import eu.twinninghub.matching.engine.Generated;
import eu.twinninghub.matching.engine.MatchingEngine;
import eu.twinninghub.matching.engine.Relations;
import eu.twinninghub.matching.engine.Weights;
import java.util.concurrent.TimeUnit;
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
 * One global allocation, from the open needs and offers to the assignments: candidate search
 * (10 offers per need through the index), greedy's baseline and the fair min-cost flow.
 * {@code size} is offers × needs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class AllocationBenchmark {

    @Param({"1000x5000", "10000x50000"})
    public String size;

    private Allocation allocation;

    @Setup
    public void setUp() {
        String[] parts = size.split("x");
        int offers = Integer.parseInt(parts[0]);
        int needs = Integer.parseInt(parts[1]);
        Generated generated = new Generated(2026, Math.max(1_400, needs / 4));
        MatchingEngine engine = MatchingEngine.build(generated.needs(needs), generated.offers(offers), Relations.NONE,
                Weights.DEFAULT);
        allocation = new Allocation(engine, 10, 30);
    }

    @Benchmark
    public Allocation.Result fair() {
        return allocation.fair(Fairness.DEFAULT, (n, o) -> true);
    }
}
