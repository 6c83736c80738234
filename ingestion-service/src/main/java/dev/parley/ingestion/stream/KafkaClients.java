package dev.parley.ingestion.stream;

import dev.parley.support.kafka.TopicReplay;
import dev.parley.support.messaging.CloudEventMessages;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain Kafka clients for what a stream function cannot do: writes that must commit together with
 * state of our own (a poller's items and its cursor, a reply's status and its send record), and
 * reading a compacted bookkeeping topic to its end at start. Also builds the records the importer
 * writes with its own high-throughput producer.
 */
@Component
public class KafkaClients {
    private final String bootstrapServers;
    private final JsonMapper json;
    private final CloudEventMessages events;

    public KafkaClients(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers, JsonMapper json,
                        @Value("${spring.application.name}") String applicationName) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
        this.events = new CloudEventMessages(applicationName);
    }

    /**
     * A producer whose writes commit atomically. A stable {@code transactionalId} fences an older
     * instance that uses the same id, so a zombie cannot commit after its successor started.
     */
    public KafkaProducer<String, String> transactionalProducer(String transactionalId) {
        Map<String, Object> config = producerConfig();
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        // A crashed instance's open transaction blocks read_committed consumers until it times out.
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 10_000);
        KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        producer.initTransactions();
        return producer;
    }

    /** An idempotent producer whose every write waits for all in-sync replicas. */
    public KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return config;
    }

    /** A consumer that sees committed records only and commits its offsets itself. */
    public KafkaConsumer<String, String> consumer(String groupId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /** Reads a whole (compacted) topic from the beginning to its current end, each record in order. */
    public void readToEnd(String topic, BiConsumer<String, String> record) {
        TopicReplay.readToEnd(bootstrapServers, topic, record);
    }

    /** A record of a Parley event: its JSON with CloudEvents headers. */
    public ProducerRecord<String, String> event(String topic, String key, Record event) {
        return events.record(topic, key, event, json.writeValueAsString(event));
    }

    /** A bookkeeping record (not a Parley event): plain JSON. */
    public ProducerRecord<String, String> state(String topic, String key, Object value) {
        return new ProducerRecord<>(topic, key, json.writeValueAsString(value));
    }

    public <T> T read(String value, Class<T> type) {
        return json.readValue(value, type);
    }
}
