package dev.parley.support.messaging;

import dev.parley.events.Topic;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * A record that could not be processed, addressed to its topic's dead-letter topic with the same key and
 * value and the reason, in the headers Spring Cloud Stream's own dead-lettering uses. For functions that
 * handle a batch and park its bad records themselves (the binding's producer needs {@code use-topic-header}).
 */
public final class DeadLetters {
    public static final String REASON_HEADER = "x-exception-message";
    public static final String ORIGINAL_TOPIC_HEADER = "x-original-topic";

    private DeadLetters() {
    }

    /** Says in {@code headers} why a record of {@code from} is parked, replacing an earlier reason. */
    public static Headers setReason(Headers headers, Topic from, String reason) {
        return headers.remove(REASON_HEADER).remove(ORIGINAL_TOPIC_HEADER)
                .add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8))
                .add(ORIGINAL_TOPIC_HEADER, from.topicName().getBytes(StandardCharsets.UTF_8));
    }

    public static Message<byte[]> of(Topic from, Object key, byte[] value, Exception reason) {
        String dlq = from.deadLetterTopicName().orElseThrow(() -> new IllegalArgumentException(
                from.topicName() + " has no dead-letter topic"));
        String message = reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage();
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(value)
                .setHeader(KafkaHeaders.TOPIC, dlq)
                .setHeader(REASON_HEADER, message.getBytes(StandardCharsets.UTF_8))
                .setHeader(ORIGINAL_TOPIC_HEADER, from.topicName().getBytes(StandardCharsets.UTF_8));
        if (key != null) {
            builder.setHeader(KafkaHeaders.KEY, key);
        }
        return builder.build();
    }
}
