package dev.parley.support.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic once, up to the end it has now: from the beginning, how a service rebuilds state kept on Kafka
 * (cursors, send records, the outbox position, agents' corrections) at start; or from a point in time, how analytics
 * reads a period's posts.
 */
public final class TopicReplay {

    private TopicReplay() {
    }

    /**
     * Every committed record's key and value in order per partition (a deleted key's value is null); no consumer
     * group, no offsets committed.
     *
     * @throws IllegalStateException when the topic does not exist
     */
    public static void readToEnd(String bootstrapServers, String topic, BiConsumer<String, String> record) {
        read(bootstrapServers, topic, (consumer, partitions) -> consumer.seekToBeginning(partitions), record);
    }

    /**
     * Every committed record written at or after {@code from} (by record timestamp), in order per partition, to the
     * end each partition has now.
     *
     * @throws IllegalStateException when the topic does not exist
     */
    public static void readFromTime(String bootstrapServers, String topic, Instant from,
            BiConsumer<String, String> record) {
        read(bootstrapServers, topic, (consumer, partitions) -> {
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(p -> times.put(p, from.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(times);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            partitions.forEach(p -> consumer.seek(p, starts.get(p) == null ? ends.get(p) : starts.get(p).offset()));
        }, record);
    }

    private static void read(String bootstrapServers, String topic,
            BiConsumer<KafkaConsumer<String, String>, List<TopicPartition>> seek, BiConsumer<String, String> record) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist on " + bootstrapServers);
            }
            consumer.assign(partitions);
            seek.accept(consumer, partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> record.accept(r.key(), r.value()));
            }
        }
    }
}
