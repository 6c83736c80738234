package dev.parley.analytics.query;

import dev.parley.analytics.kpi.PostFacts;
import dev.parley.analytics.sampling.Sample;
import dev.parley.analytics.sampling.SampleItem;
import dev.parley.analytics.sampling.Sampler;
import dev.parley.events.Topic;
import dev.parley.events.TriagedPost;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Samples a brand's posts of a period for quality review, straight from {@code parley.posts.triaged} (kept 30
 * days): each partition is read from the first record written at or after the period's start (no post accepted in
 * the period was triaged before it) to its end. Spam, bots and off-topic posts are not sampled, as they are not
 * counted.
 */
public class PostSampler {
    private final String bootstrapServers;
    private final JsonMapper json;

    public PostSampler(String bootstrapServers, JsonMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    public Sample sample(String brand, Instant from, Instant to, Sampler sampler) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "analytics-sampler-" + UUID.randomUUID(),
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
                        offer(record.value(), brand, from, to, sampler);
                    }
                }
            }
        }
        return sampler.sample();
    }

    private void offer(String value, String brand, Instant from, Instant to, Sampler sampler) {
        TriagedPost triaged;
        try {
            triaged = json.readValue(value, TriagedPost.class);
        } catch (RuntimeException e) {
            return; // unreadable records are on the dead-letter topic's side of things, not a reviewer's
        }
        var post = triaged.post();
        if (!post.brand().equals(brand) || post.receivedAt().isBefore(from) || !post.receivedAt().isBefore(to)
                || PostFacts.excluded(triaged)) {
            return;
        }
        sampler.offer(new SampleItem(post.postId(), post.url(), post.author().handle(), post.author().followers(),
                post.text(), post.receivedAt(), Map.of("platform", post.platform().wireName(),
                        "channel", post.kind().isPrivate() ? "private" : "public",
                        "sentiment", triaged.sentiment().label().wireName(), "topic", PostFacts.topicOf(triaged))));
    }
}
