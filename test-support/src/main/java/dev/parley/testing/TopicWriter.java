package dev.parley.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes a JSON record to a topic as any producer might, and waits for the broker's acknowledgement. */
public final class TopicWriter {
    private TopicWriter() {
    }

    public static void send(String bootstrapServers, String topic, String key, String json) {
        send(bootstrapServers, topic, key, json, null);
    }

    /** As {@link #send(String, String, String, String)}, with the record's timestamp; null: the producer's clock. */
    public static void send(String bootstrapServers, String topic, String key, String json, Long timestamp) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, null, timestamp, key, json);
            record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not write to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
