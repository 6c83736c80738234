package dev.parley.support.messaging;

import dev.parley.events.Topic;
import java.util.Arrays;
import java.util.List;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * For a {@code batch-mode} binding whose function parks bad records itself ({@link PolledRecord}): a poll that
 * fails as a whole (the database is down) is retried, backing off to once every 30 s, until it succeeds, so its
 * records wait in Kafka instead of being skipped or parked.
 */
public final class FailedPollRetry {
    private FailedPollRetry() {
    }

    /** The customizer, as a bean, for the bindings reading {@code topics}. */
    public static ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> on(Topic... topics) {
        List<String> names = Arrays.stream(topics).map(Topic::topicName).toList();
        return (container, destination, group) -> {
            if (names.contains(destination)) {
                ExponentialBackOff backOff = new ExponentialBackOff(1000, 2);
                backOff.setMaxInterval(30_000);
                container.setCommonErrorHandler(new DefaultErrorHandler(backOff));
            }
        };
    }
}
