package dev.parley.ingestion.imports;

import dev.parley.events.RawPost;
import dev.parley.ingestion.posts.InvalidPostException;
import dev.parley.ingestion.posts.Normaliser;
import dev.parley.ingestion.threading.ThreadLink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the rows of an export, checks each as Parley will normalise it, and hands every acceptable
 * customer item to a sink (the raw topic). Reports progress as it goes and a summary at the end.
 * Rows repeated within the file are counted and not sent again; items imported before are dropped by
 * ingestion's exactly-once stage.
 */
public final class Importer {
    /** Distinct rejection reasons kept in the summary; the rest are counted under "other". */
    static final int MAX_REASONS = 20;

    private final Normaliser normaliser;
    private final ImportLayout layout;
    private final String brand;
    private final ColumnMapping mapping;
    private final Clock clock;

    /**
     * @param brand   the brand of every row, or null to take it from each row as the layout says
     * @param mapping the columns of the generic fields ({@code --map})
     */
    public Importer(Normaliser normaliser, ImportLayout layout, String brand, ColumnMapping mapping, Clock clock) {
        this.normaliser = normaliser;
        this.layout = layout;
        this.brand = brand;
        this.mapping = mapping;
        this.clock = clock;
    }

    /** Counts so far, or at the end. */
    public record Summary(long read, long accepted, long notCustomerMessages, long duplicatesInFile,
                          Map<String, Long> rejectedByReason, Duration took) {
        public long rejected() {
            return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
        }

        public double rowsPerSecond() {
            return took.isZero() ? 0 : read / (took.toNanos() / 1e9);
        }
    }

    /**
     * @param sink  receives each customer item to ingest
     * @param links receives the brand's own answers, so customers' replies to them are threaded
     */
    public Summary run(Iterator<Map<String, Object>> rows, Consumer<RawPost> sink, Consumer<ThreadLink> links,
                       Consumer<Summary> progress, Duration progressEvery) {
        Instant start = clock.instant();
        Instant nextProgress = start.plus(progressEvery);
        Set<String> seen = new HashSet<>();
        Map<String, Long> rejected = new LinkedHashMap<>();
        long read = 0;
        long accepted = 0;
        long skipped = 0;
        long duplicates = 0;
        while (rows.hasNext()) {
            Map<String, Object> row = rows.next();
            read++;
            Instant now = clock.instant();
            ImportedRow imported = layout.read(row, brand, mapping, now);
            if (!(imported instanceof ImportedRow.CustomerPost post)) {
                if (imported instanceof ImportedRow.BrandAnswer answer) {
                    links.accept(answer.link());
                }
                skipped++;
            } else if (!seen.add(post.raw().postId())) {
                duplicates++;
            } else {
                try {
                    normaliser.normalise(post.raw());
                    sink.accept(post.raw());
                    accepted++;
                } catch (InvalidPostException e) {
                    String reason = rejected.size() < MAX_REASONS || rejected.containsKey(e.getMessage())
                            ? e.getMessage() : "other";
                    rejected.merge(reason, 1L, Long::sum);
                }
            }
            if (now.isAfter(nextProgress)) {
                progress.accept(new Summary(read, accepted, skipped, duplicates, Map.copyOf(rejected),
                        Duration.between(start, now)));
                nextProgress = now.plus(progressEvery);
            }
        }
        return new Summary(read, accepted, skipped, duplicates, rejected, Duration.between(start, clock.instant()));
    }
}
