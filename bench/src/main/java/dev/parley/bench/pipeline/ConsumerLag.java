package dev.parley.bench.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far behind each consumer group is (records not yet committed), so a benchmark's progress shows
 * where the backlog sits: the slowest stage is the one with the growing lag.
 */
final class ConsumerLag implements AutoCloseable {
    private final Admin admin;
    private final List<String> groups;

    ConsumerLag(String bootstrap, List<String> groups) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        this.groups = List.copyOf(groups);
    }

    /** e.g. {@code triage-service 5,120, response-service 12}: each group's lag over all its partitions. */
    String describe() {
        List<String> parts = new ArrayList<>();
        for (String group : groups) {
            long lag = lag(group, 0);
            parts.add(lag < 0 ? group + " ?" : String.format(Locale.ROOT, "%s %,d", group, lag));
        }
        return String.join(", ", parts);
    }

    /**
     * Waits until no group has anything left to read (or {@code patience} has passed), so what runs next
     * does not share the cores with a backlog; returns whether they all caught up.
     */
    boolean awaitCaughtUp(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            // A transactional topic ends with a commit marker no consumer ever reads: one offset per partition.
            if (groups.stream().allMatch(group -> lag(group, 1) == 0)) {
                return true;
            }
            Thread.sleep(1_000);
        }
        return false;
    }

    /**
     * The group's lag over all its partitions, not counting up to {@code ignoredPerPartition} offsets of each,
     * or -1 when it cannot be read.
     */
    private long lag(String group, long ignoredPerPartition) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                    committed.keySet().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get();
            return committed.entrySet().stream().filter(e -> e.getValue() != null)
                    .mapToLong(e -> Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset()
                            - ignoredPerPartition)).sum();
        } catch (ExecutionException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
