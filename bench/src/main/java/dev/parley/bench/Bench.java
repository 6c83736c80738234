package dev.parley.bench;

import java.nio.file.Path;
import java.util.List;

/** {@code ./parley bench <benchmark> [options]}: Parley's benchmarks; each ends with one JSON line. */
public final class Bench {
    private static final String USAGE = """
            usage: ./parley bench import [--rows N] [--runs K]
                   ./parley bench triage [--rows N]
                   ./parley bench brand-voice [--checks N]
              import   the bulk import rate (./parley import into a real KRaft broker); default 1,000,000 rows, 3 runs
              triage   training time (fast, fast + accurate) and posts/s on one thread of the fast path, the accurate
                       path and the whole of triage; default 15,000 training rows
              brand-voice  latency percentiles of one brand check in-process (target p99 < 20 ms); default 100,000
                       checks
            The end-to-end benchmark against a raw-Kafka baseline is issue #8.""";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !List.of("import", "triage", "brand-voice").contains(args[0])) {
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
                default -> {
                    System.err.println("unexpected argument '" + args[i] + "'\n" + USAGE);
                    System.exit(2);
                }
            }
        }
        int exit = switch (args[0]) {
            case "triage" -> TriageBenchmark.run(rows);
            case "brand-voice" -> BrandVoiceBenchmark.run(checks);
            default -> ImportBenchmark.run(Path.of(System.getProperty("parley.repo", ".")), rows, runs);
        };
        // The in-JVM broker's threads would keep the JVM alive.
        System.exit(exit);
    }
}
