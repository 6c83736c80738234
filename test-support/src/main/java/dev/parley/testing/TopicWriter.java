package dev.parley.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes JSON records to a topic as any producer might, and waits for the broker's acknowledgement. */
public final class TopicWriter {
    private TopicWriter() {
    }

    public static void send(String bootstrapServers, String topic, String key, String json) {
        send(bootstrapServers, topic, key, json, null);
    }

    /** As {@link #send(String, String, String, String)}, with the record's timestamp; null: the producer's clock. */
    public static void send(String bootstrapServers, String topic, String key, String json, Long timestamp) {
        write(bootstrapServers, List.of(record(topic, key, json, timestamp)));
    }

    /**
     * Writes records keyed as in {@code jsonByKey}, in its order, through one producer, as a busy producer would
     * (batched, not one at a time), and waits for the broker's acknowledgement of each.
     */
    public static void sendAll(String bootstrapServers, String topic, Map<String, String> jsonByKey) {
        write(bootstrapServers, jsonByKey.entrySet().stream()
                .map(e -> record(topic, e.getKey(), e.getValue(), null)).toList());
    }

    private static ProducerRecord<String, String> record(String topic, String key, String json, Long timestamp) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, null, timestamp, key, json);
        record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static void write(String bootstrapServers, List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sent = records.stream().map(producer::send).toList();
            for (Future<RecordMetadata> acknowledged : sent) {
                acknowledged.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not write to " + records.get(0).topic(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
