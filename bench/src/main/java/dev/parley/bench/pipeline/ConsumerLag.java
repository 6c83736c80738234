package dev.parley.bench.pipeline;

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
            try {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                        committed.keySet().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                        .all().get();
                long lag = committed.entrySet().stream().filter(e -> e.getValue() != null)
                        .mapToLong(e -> Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset())).sum();
                parts.add(String.format(Locale.ROOT, "%s %,d", group, lag));
            } catch (ExecutionException e) {
                parts.add(group + " ?");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return String.join(", ", parts);
            }
        }
        return String.join(", ", parts);
    }

    @Override
    public void close() {
        admin.close();
    }
}
