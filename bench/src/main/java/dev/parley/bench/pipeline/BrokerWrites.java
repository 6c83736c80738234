package dev.parley.bench.pipeline;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;

/**
 * What the broker was asked to write while watched, topic by topic: log entries (records, and the markers that
 * close transactions, one per partition a transaction wrote) and bytes. CPU time moves by a tenth between runs of
 * the same code on a shared machine; these counts do not, so they show what a change to a topology or a commit
 * cadence saves the broker.
 */
final class BrokerWrites implements AutoCloseable {
    private final Admin admin;
    private final Map<TopicPartition, Long> offsetsAtStart;
    private final Map<TopicPartition, Long> firstOffsetsAtStart;
    private final Map<TopicPartition, Long> bytesAtStart;

    /**
     * What one group of topics (a platform topic, a service's changelogs, ...) was written while watched. Bytes are
     * told by the partitions' sizes, so they are only a lower bound ({@code bytesExact} false) where records were
     * deleted meanwhile: Kafka Streams deletes its repartition topics' records once their reader has committed them.
     */
    record Written(long entries, long bytes, boolean bytesExact) {
        Written plus(Written other) {
            return new Written(entries + other.entries, bytes + other.bytes, bytesExact && other.bytesExact);
        }
    }

    /** Starts watching: remembers every partition's first and end offsets and its size now. */
    BrokerWrites(String bootstrap) throws ExecutionException, InterruptedException {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        List<TopicPartition> partitions = partitions();
        this.offsetsAtStart = offsets(partitions, OffsetSpec.latest());
        this.firstOffsetsAtStart = offsets(partitions, OffsetSpec.earliest());
        this.bytesAtStart = sizes();
    }

    /**
     * What was written since watching began, by group ({@link #group}), most entries first; groups nothing was
     * written to are left out, topics made since count from nothing.
     */
    Map<String, Written> sinceStart(List<String> applicationIds) throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions = partitions();
        Map<TopicPartition, Long> offsets = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> firstOffsets = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> bytes = sizes();
        Map<String, Written> byGroup = new TreeMap<>();
        offsets.forEach((partition, end) -> {
            boolean nothingDeleted = firstOffsets.getOrDefault(partition, 0L)
                    .equals(firstOffsetsAtStart.getOrDefault(partition, 0L));
            long grown = bytes.getOrDefault(partition, 0L) - bytesAtStart.getOrDefault(partition, 0L);
            byGroup.merge(group(partition.topic(), applicationIds),
                    new Written(end - offsetsAtStart.getOrDefault(partition, 0L), nothingDeleted ? grown : 0,
                            nothingDeleted),
                    Written::plus);
        });
        return byGroup.entrySet().stream().filter(e -> e.getValue().entries() > 0)
                .sorted(Map.Entry.<String, Written>comparingByValue(Comparator.comparingLong(Written::entries))
                        .reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * A platform topic stands for itself; Kafka Streams' own topics are summed per application
     * ({@code analytics-service changelogs}), the benchmark's no-op topics as {@code other}.
     */
    static String group(String topic, List<String> applicationIds) {
        for (String application : applicationIds) {
            if (topic.startsWith(application + "-")) {
                if (topic.endsWith("-changelog")) {
                    return application + " changelogs";
                }
                if (topic.endsWith("-repartition")) {
                    return application + " repartitions";
                }
            }
        }
        return topic.startsWith("parley.") || topic.startsWith("__") ? topic : "other";
    }

    /** Every partition of every topic, internal ones included. */
    private List<TopicPartition> partitions() throws ExecutionException, InterruptedException {
        Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get();
        return described.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
    }

    /** Each partition's offset of {@code spec} (its end, or its first record's). */
    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> wanted = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> spec));
        Map<TopicPartition, Long> offsets = new TreeMap<>(Comparator.comparing(TopicPartition::toString));
        admin.listOffsets(wanted).all().get().forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private Map<TopicPartition, Long> sizes() throws ExecutionException, InterruptedException {
        List<Integer> brokers = admin.describeCluster().nodes().get().stream().map(Node::id).toList();
        Map<TopicPartition, Long> sizes = new LinkedHashMap<>();
        for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions().get().values()) {
            dirs.values().forEach(dir -> dir.replicaInfos().forEach((partition, replica) ->
                    sizes.merge(partition, replica.size(), Long::sum)));
        }
        return sizes;
    }

    @Override
    public void close() {
        admin.close();
    }
}
