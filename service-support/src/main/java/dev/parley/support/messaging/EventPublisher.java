package dev.parley.support.messaging;

import dev.parley.events.Topic;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.MessagingException;

/**
 * Publishes an event to a catalog topic from outside a stream function (a web request, a scheduled job),
 * and returns only when Kafka has acknowledged it, so a caller that answers "accepted" never loses it.
 */
public class EventPublisher {
    private final StreamBridge bridge;
    private final CloudEventMessages messages;

    public EventPublisher(StreamBridge bridge, CloudEventMessages messages) {
        this.bridge = bridge;
        this.messages = messages;
    }

    /**
     * @throws EventNotPublishedException when Kafka did not take the event
     */
    public void publish(Topic topic, String key, Record event) {
        boolean sent;
        try {
            sent = bridge.send(topic.topicName(), messages.of(key, event));
        } catch (MessagingException e) {
            throw new EventNotPublishedException(topic, e);
        }
        if (!sent) {
            throw new EventNotPublishedException(topic, null);
        }
    }

    public static class EventNotPublishedException extends RuntimeException {
        public EventNotPublishedException(Topic topic, MessagingException cause) {
            super("Kafka did not accept the event for " + topic.topicName()
                    + (cause == null ? "" : ": " + cause.getMostSpecificCause()), cause);
        }
    }
}
