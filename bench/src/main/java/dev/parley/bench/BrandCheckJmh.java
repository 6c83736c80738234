package dev.parley.bench;

import dev.parley.brandvoice.check.BrandChecker;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.profile.ProfileVersion;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH: one brand check of a reply against a profile that uses every option, with every rule, on one thread. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BrandCheckJmh {
    private BrandChecker checker;
    private ProfileVersion profile;
    private List<Draft> drafts;
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        checker = BrandVoiceBenchmark.checker();
        profile = BrandVoiceBenchmark.profile();
        drafts = BrandVoiceBenchmark.drafts(10_000, 42);
    }

    @Benchmark
    public Object check() {
        next = next + 1 == drafts.size() ? 0 : next + 1;
        return checker.check("acme-air", profile, drafts.get(next));
    }
}
