package dev.parley.triage.cli;

import dev.parley.events.Topic;
import dev.parley.events.TriageCorrection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads every correction on {@code parley.triage.feedback} once, from the beginning to the end it has now. */
final class FeedbackTopic {
    static final String NAME = Topic.TRIAGE_FEEDBACK.topicName();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FeedbackTopic() {
    }

    /** The corrections read, and how many records were not corrections. */
    record Read(List<TriageCorrection> corrections, long unreadable) {
    }

    static Read readAll(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<TriageCorrection> corrections = new ArrayList<>();
        long unreadable = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(NAME, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException("topic " + NAME + " does not exist on " + bootstrapServers);
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() == null) {
                        continue; // a deleted correction
                    }
                    try {
                        corrections.add(JSON.readValue(record.value(), TriageCorrection.class));
                    } catch (JacksonException e) {
                        unreadable++;
                    }
                }
            }
        }
        return new Read(corrections, unreadable);
    }
}
