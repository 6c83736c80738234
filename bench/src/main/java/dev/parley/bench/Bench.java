package dev.parley.bench;

import dev.parley.bench.pipeline.PipelineBenchmark;
import dev.parley.local.LocalSettings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** {@code ./parley bench <benchmark> [options]}: Parley's benchmarks; each ends with one JSON line. */
public final class Bench {
    private static final String USAGE = """
            usage: ./parley bench [pipeline] [--quick] [--rates R,R,...] [--seconds S] [--http-rate R] [--posts N]
                                   [--warm-up-rounds N]
                   ./parley bench components [--quick]
                   ./parley bench inbox [--cases N] [--requests N] [--clients N]
                   ./parley bench import [--rows N] [--runs K]
                   ./parley bench triage [--rows N]
                   ./parley bench brand-voice [--checks N]
              pipeline (the default) the whole platform end to end (throughput, latency percentiles, memory) against a no-op
                       pipeline of the same shape on the same broker; default rates 500,2000,10000 posts/s for 10 s
                       each, HTTP at 500/s, 20,000 posts flat out (every post sent must drain: at this machine's
                       ~2,000 posts/s that is 5 minutes); --quick: 2,000/s for 3 s, HTTP at 100/s,
                       5,000 posts flat out (under 3 minutes); the services and the broker run on the JVM's
                       tiered JIT (C2) as a deployment does, or with PARLEY_SERVICE_JAVA_OPTS and
                       PARLEY_KAFKA_JAVA_OPTS, after warm-up rounds of 5,000 posts,
                       flat out and at 2,000/s in turn, until the JIT compilers take at most a tenth of the CPU
                       time in both (--warm-up-rounds N: at most N, 30; --quick 4)
              components  JMH: triage's fast path, accurate path and whole triage (posts/s on one thread) and the
                       brand check (µs a check)
              inbox    the agents' API under load with N cases in PostgreSQL: p50/p99 of the common inbox queries
                       (target p99 < 50 ms); default 1,000,000 cases, 20,000 requests from 4 clients
              import   the bulk import rate (./parley import into a real KRaft broker); default 1,000,000 rows, 3 runs
              triage   training time (fast, fast + accurate) and posts/s on one thread of the fast path, the accurate
                       path and the whole of triage; default 15,000 training rows
              brand-voice  latency percentiles of one brand check in-process (target p99 < 20 ms); default 100,000
                       checks""";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(System.getProperty("parley.repo", "."));
        if (args.length == 0 || args[0].startsWith("--") || args[0].equals("pipeline")) {
            int skip = args.length > 0 && args[0].equals("pipeline") ? 1 : 0;
            System.exit(PipelineBenchmark.run(repo, pipelineOptions(Arrays.copyOfRange(args, skip, args.length)),
                    LocalSettings.JavaOptions.sustained(System.getenv())));
        }
        if (args[0].equals("components")) {
            System.exit(ComponentBenchmark.run(Arrays.asList(args).contains("--quick")));
        }
        if (args[0].equals("inbox")) {
            System.exit(inbox(repo, Arrays.copyOfRange(args, 1, args.length)));
        }
        if (!List.of("import", "triage", "brand-voice").contains(args[0])) {
            System.err.println(USAGE);
            System.exit(2);
        }
        boolean triage = args[0].equals("triage");
        int rows = triage ? 15_000 : 1_000_000;
        int runs = 3;
        int checks = 100_000;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--checks" -> checks = Integer.parseInt(args[++i]);
                default -> refuse(args[i]);
            }
        }
        int exit = switch (args[0]) {
            case "triage" -> TriageBenchmark.run(rows);
            case "brand-voice" -> BrandVoiceBenchmark.run(checks);
            default -> ImportBenchmark.run(repo, rows, runs);
        };
        // The in-JVM broker's threads would keep the JVM alive.
        System.exit(exit);
    }

    private static int inbox(Path repo, String[] args) throws Exception {
        int cases = 1_000_000;
        int requests = 20_000;
        int clients = 4;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cases" -> cases = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                default -> refuse(args[i]);
            }
        }
        return InboxBenchmark.run(repo, LocalSettings.JavaOptions.quickStart(System.getenv()), cases, requests, clients);
    }

    /** Ends the run on an argument the command does not take, with the usage. */
    private static void refuse(String argument) {
        System.err.println("unexpected argument '" + argument + "'\n" + USAGE);
        System.exit(2);
    }

    private static PipelineBenchmark.Options pipelineOptions(String[] args) {
        boolean quick = Arrays.asList(args).contains("--quick");
        PipelineBenchmark.Options defaults = quick ? PipelineBenchmark.Options.QUICK : PipelineBenchmark.Options.FULL;
        List<Double> rates = defaults.rates();
        int seconds = defaults.secondsPerRate();
        double httpRate = defaults.httpRate();
        long posts = defaults.flatOutPosts();
        int warmUpRounds = defaults.warmUpRounds();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> { }
                case "--rates" -> rates = Arrays.stream(args[++i].split(",")).map(Double::parseDouble).toList();
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--http-rate" -> httpRate = Double.parseDouble(args[++i]);
                case "--posts" -> posts = Long.parseLong(args[++i]);
                case "--warm-up-rounds" -> warmUpRounds = Integer.parseInt(args[++i]);
                default -> refuse(args[i]);
            }
        }
        return new PipelineBenchmark.Options(rates, seconds, httpRate, posts, warmUpRounds);
    }
}
