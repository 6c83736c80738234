package dev.parley.bench;

import dev.parley.testing.SharedKafka;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./parley bench import [--rows N] [--runs K]}: the bulk import rate. A real KRaft broker runs in
 * this JVM; each run writes a fresh export (new ids) and imports it with {@code ./parley import} as its
 * own process, exactly as a user would. The rate is the importer's own (first row to last
 * acknowledgement); the wall time of the whole command, JVM start included, is shown beside it.
 */
final class ImportBenchmark {
    static final double TARGET_ROWS_PER_SECOND = 50_000;
    private static final Pattern DONE = Pattern.compile("Done in ([\\d.]+) s \\(([\\d,]+) rows/s\\)");

    private ImportBenchmark() {
    }

    /** One import: rows read, the importer's rate, and the command's wall time. */
    record Run(int rows, double rowsPerSecond, double wallSeconds) {
    }

    static int run(Path repo, int rows, int runs) throws IOException, InterruptedException {
        String bootstrap = SharedKafka.bootstrapServersWithCatalogTopics();
        Path dir = Files.createTempDirectory("parley-bench-import");
        List<Run> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path export = SupportExport.write(dir.resolve("export-" + i + ".csv"), rows, 1_000_000_000L * (i + 1), i);
            results.add(importOnce(repo, export, bootstrap, rows));
            Files.delete(export);
            System.out.printf(Locale.ROOT, "  run %d: %,.0f rows/s (%.1f s with JVM start)%n", i + 1,
                    results.get(i).rowsPerSecond(), results.get(i).wallSeconds());
        }
        double median = results.stream().mapToDouble(Run::rowsPerSecond).sorted().toArray()[runs / 2];
        System.out.printf(Locale.ROOT, """

                Bulk import (./parley import, twitter-support layout), %,d rows a run, %d runs
                  median        %,10.0f rows/s
                  target        %,10.0f rows/s   %s
                """, rows, runs, median, TARGET_ROWS_PER_SECOND, median >= TARGET_ROWS_PER_SECOND ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "{\"benchmark\":\"import\",\"rows\":%d,\"runs\":%d,\"importRowsPerSecond\":%.0f,"
                        + "\"runRowsPerSecond\":%s,\"targetRowsPerSecond\":%.0f}%n", rows, runs, median,
                results.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.rowsPerSecond())).toList(),
                TARGET_ROWS_PER_SECOND);
        return 0;
    }

    private static Run importOnce(Path repo, Path export, String bootstrap, int rows)
            throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder(repo.resolve("parley").toString(), "import", export.toString())
                .redirectErrorStream(true);
        command.environment().put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        long start = System.nanoTime();
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        Matcher done = DONE.matcher(output);
        if (exit != 0 || !done.find()) {
            throw new IllegalStateException("./parley import failed (exit " + exit + "):\n" + output);
        }
        return new Run(rows, Double.parseDouble(done.group(2).replace(",", "")), wall);
    }
}
