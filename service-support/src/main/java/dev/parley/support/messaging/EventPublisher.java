package dev.parley.support.messaging;

import dev.parley.events.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.apache.kafka.common.KafkaException;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes an event to a catalog topic from outside a stream function (a web request, a scheduled job),
 * and returns only when Kafka has acknowledged it, so a caller that answers "accepted" never loses it.
 * A plain Kafka send: Spring Cloud Stream's {@code StreamBridge} passed each event through function, channel
 * and observation layers that cost about a third of an API request (docs/performance.md).
 */
public class EventPublisher implements AutoCloseable {
    private final DefaultKafkaProducerFactory<String, String> producers;
    private final KafkaTemplate<String, String> kafka;
    private final CloudEventMessages messages;
    private final JsonMapper json;

    public EventPublisher(DefaultKafkaProducerFactory<String, String> producers, CloudEventMessages messages,
                          JsonMapper json) {
        this.producers = producers;
        this.kafka = new KafkaTemplate<>(producers);
        this.messages = messages;
        this.json = json;
    }

    /**
     * @throws EventNotPublishedException when Kafka did not take the event
     */
    public void publish(Topic topic, String key, Record event) {
        awaitAcknowledged(topic, send(topic, key, event));
    }

    /**
     * Publishes {@code events} to {@code topic}, each under its {@code key}, and returns when Kafka has acknowledged
     * all of them. They are sent before any is waited for, so they share produce requests instead of each waiting
     * for the acknowledgement of the one before (a webhook delivery's items).
     *
     * @throws EventNotPublishedException when Kafka did not take one of them; others may have been published, so a
     *                                    caller whose sender retries must deduplicate (ingestion does, by item)
     */
    public <E extends Record> void publishAll(Topic topic, List<E> events, Function<E, String> key) {
        List<CompletableFuture<?>> sent = new ArrayList<>(events.size());
        for (E event : events) {
            sent.add(send(topic, key.apply(event), event));
        }
        sent.forEach(acknowledgement -> awaitAcknowledged(topic, acknowledgement));
    }

    private CompletableFuture<?> send(Topic topic, String key, Record event) {
        try {
            return kafka.send(messages.record(topic.topicName(), key, event, json.writeValueAsString(event)));
        } catch (KafkaException e) {
            throw new EventNotPublishedException(topic, e);
        }
    }

    private static void awaitAcknowledged(Topic topic, CompletableFuture<?> acknowledgement) {
        try {
            acknowledgement.get();
        } catch (ExecutionException e) {
            throw new EventNotPublishedException(topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventNotPublishedException(topic, e);
        }
    }

    @Override
    public void close() {
        producers.destroy();
    }

    public static class EventNotPublishedException extends RuntimeException {
        public EventNotPublishedException(Topic topic, Throwable cause) {
            super("Kafka did not accept the event for " + topic.topicName() + ": " + cause.getMessage(), cause);
        }
    }
}
