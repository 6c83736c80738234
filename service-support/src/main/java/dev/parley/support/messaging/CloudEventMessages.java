package dev.parley.support.messaging;

import dev.parley.events.CloudEventHeaders;
import dev.parley.events.EventType;
import io.prometheus.client.Counter;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Wraps an event in a message with its Kafka key and CloudEvents headers ({@code ce_source} is
 * {@code /parley/<spring.application.name>}), and counts what each service emits.
 */
public class CloudEventMessages {
    private static final Counter EMITTED = Counter.build()
            .name("parley_events_emitted_total")
            .help("Events handed to Kafka, by CloudEvents type")
            .labelNames("type")
            .register();

    private final String source;

    public CloudEventMessages(String applicationName) {
        this.source = "/parley/" + applicationName;
    }

    /** The event as a message for a stream function's output binding. */
    public <T extends Record> Message<T> of(String key, T event) {
        EventType type = emitted(event);
        return MessageBuilder.withPayload(event)
                .copyHeaders(CloudEventHeaders.forNewEvent(type, source))
                .setHeader(KafkaHeaders.KEY, key)
                .build();
    }

    /** The event as a record for a Kafka producer: {@code json} is the event's JSON, the headers are UTF-8. */
    public ProducerRecord<String, String> record(String topic, String key, Record event, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        CloudEventHeaders.forNewEvent(emitted(event), source)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static EventType emitted(Record event) {
        EventType type = EventType.of(event.getClass());
        EMITTED.labels(type.cloudEventType()).inc();
        return type;
    }

    public String source() {
        return source;
    }
}
