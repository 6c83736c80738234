package dev.parley.support.messaging;

import dev.parley.events.CloudEventHeaders;
import dev.parley.events.EventType;
import io.prometheus.client.Counter;
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

    public <T extends Record> Message<T> of(String key, T event) {
        EventType type = EventType.of(event.getClass());
        EMITTED.labels(type.cloudEventType()).inc();
        return MessageBuilder.withPayload(event)
                .copyHeaders(CloudEventHeaders.forNewEvent(type, source))
                .setHeader(KafkaHeaders.KEY, key)
                .build();
    }

    public String source() {
        return source;
    }
}
