package dev.parley.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code ./parley bench components [--quick]}: the JMH benchmarks of triage (fast path, accurate path, whole
 * triage; posts/s on one thread) and of the brand check (µs a check), each in a fork of its own. {@code --quick}
 * shortens warm-up and measurement to one and three iterations of a second: wider error bars, same shape.
 */
final class ComponentBenchmark {
    private ComponentBenchmark() {
    }

    static int run(boolean quick) throws Exception {
        OptionsBuilder options = new OptionsBuilder();
        options.include(TriageJmh.class.getName()).include(BrandCheckJmh.class.getName())
                .forks(1).jvmArgsAppend("-Xmx2g", "-XX:+UseParallelGC");
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1));
        } else {
            options.warmupIterations(3).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(2));
        }
        Options built = options.build();
        Collection<RunResult> results = new Runner(built).run();
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            scores.put(name, new double[] {result.getPrimaryResult().getScore(),
                    result.getPrimaryResult().getScoreError()});
        }
        StringBuilder out = new StringBuilder("\nComponents (JMH, one thread)\n");
        scores.forEach((name, score) -> out.append(String.format(Locale.ROOT, "  %-14s %,12.1f ± %,.1f %s%n", name,
                score[0], score[1], name.equals("check") ? "µs a check" : "posts/s")));
        System.out.print(out);
        System.out.printf(Locale.ROOT, "{\"benchmark\":\"components\",\"fastPathPostsPerSecond\":%.0f,"
                        + "\"accuratePathPostsPerSecond\":%.1f,\"wholeTriagePostsPerSecond\":%.0f,"
                        + "\"brandCheckMicros\":%.1f,\"quick\":%b}%n",
                score(scores, "fastPath"), score(scores, "accuratePath"), score(scores, "wholeTriage"),
                score(scores, "check"), quick);
        return 0;
    }

    private static double score(Map<String, double[]> scores, String name) {
        return scores.containsKey(name) ? scores.get(name)[0] : Double.NaN;
    }
}
