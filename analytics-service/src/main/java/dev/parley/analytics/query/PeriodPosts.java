package dev.parley.analytics.query;

import dev.parley.analytics.kpi.PostFacts;
import dev.parley.events.Topic;
import dev.parley.events.TriagedPost;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A brand's counted posts of a period, straight from {@code parley.posts.triaged} (kept 30 days), for the views
 * that need posts rather than counts (samples, community profiles): each partition is read from the first record
 * written at or after the period's start (no post accepted in the period was triaged before it) to its end. Spam,
 * bots and off-topic posts are left out, as they are from every KPI.
 */
public class PeriodPosts {
    private final String bootstrapServers;
    private final JsonMapper json;

    public PeriodPosts(String bootstrapServers, JsonMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    /** Hands every counted post of the brand received in [from, to) to {@code each}, partition by partition. */
    public void forEach(String brand, Instant from, Instant to, Consumer<TriagedPost> each) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "analytics-period-posts-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topic.POSTS_TRIAGED.topicName()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(p -> times.put(p, from.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(times);
            for (TopicPartition p : partitions) {
                OffsetAndTimestamp start = starts.get(p);
                consumer.seek(p, start == null ? ends.get(p) : start.offset());
            }
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        counted(record.value(), brand, from, to).ifPresent(each);
                    }
                }
            }
        }
    }

    private Optional<TriagedPost> counted(String value, String brand, Instant from, Instant to) {
        TriagedPost triaged;
        try {
            triaged = json.readValue(value, TriagedPost.class);
        } catch (RuntimeException e) {
            // Unreadable records are parked on the dead-letter topic by the topology; nothing to count here.
            return Optional.empty();
        }
        var post = triaged.post();
        boolean wanted = post.brand().equals(brand) && !post.receivedAt().isBefore(from)
                && post.receivedAt().isBefore(to) && !PostFacts.excluded(triaged);
        return wanted ? Optional.of(triaged) : Optional.empty();
    }
}
