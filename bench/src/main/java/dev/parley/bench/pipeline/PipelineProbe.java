package dev.parley.bench.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches the two hops that matter to a customer, "triaged" and "case", as a downstream reader would
 * (committed records only), and records for each post of the run how long after it was accepted it appeared
 * there, in one HdrHistogram per hop and stage. Counts duplicates too: a post seen twice on a hop.
 */
final class PipelineProbe implements AutoCloseable {
    /** The highest latency recorded, in microseconds; slower posts are clamped to it. */
    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

    /**
     * A topic and how its records name the post they carry.
     *
     * @param postOf what a record says of its post, or null for a record that carries none
     */
    record Hop(String topic, Function<ConsumerRecord<String, byte[]>, Sighting> postOf) {
    }

    /**
     * A post seen on a hop.
     *
     * @param accuratePath whether triage's accurate path decided the post's sentiment; null where the hop does not say
     */
    record Sighting(String postId, Boolean accuratePath) {
        static Sighting of(String postId) {
            return postId == null ? null : new Sighting(postId, null);
        }
    }

    /** What one stage of the run saw on each hop. */
    static final class Stage {
        /**
         * The share of a stage's posts left out at each end of the window its rate is taken over: the first posts
         * only fill the pipeline (their time is its latency, not its rate), and the last trickle out.
         */
        private static final double RATE_WINDOW_EDGE = 0.1;
        /** Fewer posts than this on a hop give no window: their rate is taken since the stage's start. */
        private static final int RATE_WINDOW_MIN_POSTS = 100;

        private final Histogram[] latency = {new Histogram(MAX_MICROS, 3), new Histogram(MAX_MICROS, 3)};
        private final List<Set<String>> seen = List.of(new HashSet<>(), new HashSet<>());
        private final long[] duplicates = new long[2];
        /** When each new post appeared on each hop, in order; the first {@code seen} entries are filled. */
        private final long[][] seenAt = {new long[1024], new long[1024]};
        private long pathTold;
        private long accuratePath;

        synchronized void record(int hop, Sighting sighting, double millis, long now) {
            if (!seen.get(hop).add(sighting.postId())) {
                duplicates[hop]++;
                return;
            }
            if (sighting.accuratePath() != null) {
                pathTold++;
                accuratePath += sighting.accuratePath() ? 1 : 0;
            }
            latency[hop].recordValue(Math.min(MAX_MICROS, Math.round(millis * 1000)));
            int index = seen.get(hop).size() - 1;
            if (index == seenAt[hop].length) {
                seenAt[hop] = Arrays.copyOf(seenAt[hop], index * 2);
            }
            seenAt[hop][index] = now;
        }

        synchronized long count(int hop) {
            return seen.get(hop).size();
        }

        /** The share of the stage's posts whose sentiment triage's accurate path decided, where a hop told. */
        synchronized OptionalDouble accuratePathShare() {
            return pathTold == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) accuratePath / pathTold);
        }

        synchronized long duplicates(int hop) {
            return duplicates[hop];
        }

        /**
         * Posts a second through the hop, all of them since {@code startNanos} (on this JVM's monotonic clock): a
         * fixed-rate stage's, which are sent over its length, so that a platform that falls behind and catches up
         * in a burst is not counted faster than it was offered.
         */
        synchronized double postsPerSecondSince(int hop, long startNanos) {
            int count = seen.get(hop).size();
            return count == 0 || seenAt[hop][count - 1] <= startNanos ? 0
                    : count / ((seenAt[hop][count - 1] - startNanos) / 1e9);
        }

        /**
         * Posts a second through the hop while a flat-out stage ran at full flow: over the posts between the first
         * and the last {@link #RATE_WINDOW_EDGE} of those seen, so neither the time the first took to cross the
         * pipeline nor the last stragglers count as rate (a stage of a second or two was otherwise mostly its
         * latency). With few posts, as {@link #postsPerSecondSince}.
         */
        synchronized double postsPerSecondAtFullFlow(int hop, long startNanos) {
            int count = seen.get(hop).size();
            if (count < RATE_WINDOW_MIN_POSTS) {
                return postsPerSecondSince(hop, startNanos);
            }
            long[] at = seenAt[hop];
            int first = (int) (count * RATE_WINDOW_EDGE);
            int last = count - 1 - first;
            return at[last] == at[first] ? 0 : (last - first) / ((at[last] - at[first]) / 1e9);
        }

        /** The latency percentile on the hop, in milliseconds. */
        synchronized double percentileMillis(int hop, double percentile) {
            return latency[hop].getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);
    static final int TRIAGED = 0;
    static final int CASE = 1;

    private final List<Hop> hops;
    private final AcceptedPosts accepted;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile Stage stage = new Stage();
    private volatile boolean running = true;

    /** Starts reading both hops from their ends now, so only what is sent from now on is seen. */
    PipelineProbe(String bootstrap, AcceptedPosts accepted, Hop triaged, Hop cases) {
        this.hops = List.of(triaged, cases);
        this.accepted = accepted;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (Hop hop : hops) {
            consumer.partitionsFor(hop.topic()).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.thread = new Thread(this::readUntilClosed, "pipeline-probe");
        thread.start();
    }

    /** Starts a new stage: what is seen from now on counts for it. */
    Stage begin() {
        stage = new Stage();
        return stage;
    }

    private void readUntilClosed() {
        while (running) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                int hop = record.topic().equals(hops.get(TRIAGED).topic()) ? TRIAGED : CASE;
                Sighting sighting = hops.get(hop).postOf().apply(record);
                if (sighting == null) {
                    continue;
                }
                long now = System.nanoTime();
                double millis = accepted.millisSinceAccepted(sighting.postId(), now);
                if (millis >= 0) {
                    stage.record(hop, sighting, millis, now);
                }
            }
        }
        consumer.close();
    }

    /**
     * Waits until {@code expected} posts of the stage have appeared on both hops, or nothing new has
     * appeared for {@code quiet}; returns whether all did. Reports progress with {@code backlog}'s view of
     * where posts wait.
     */
    boolean awaitAll(Stage watched, long expected, Duration quiet, Supplier<String> backlog)
            throws InterruptedException {
        long lastProgress = System.nanoTime();
        long lastReport = lastProgress;
        long lastSeen = -1;
        while (watched.count(TRIAGED) < expected || watched.count(CASE) < expected) {
            if (System.nanoTime() - lastReport > REPORT_EVERY.toNanos()) {
                lastReport = System.nanoTime();
                System.out.printf(Locale.ROOT, "    %,d of %,d triaged, %,d in cases; lag: %s%n",
                        watched.count(TRIAGED), expected, watched.count(CASE), backlog.get());
            }
            long seen = watched.count(TRIAGED) + watched.count(CASE);
            if (seen != lastSeen) {
                lastSeen = seen;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > quiet.toNanos()) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}
