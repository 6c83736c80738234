package dev.parley.ingestion.stream;

import dev.parley.events.Alert;
import dev.parley.events.Topic;
import dev.parley.ingestion.channels.ChannelHealth;
import dev.parley.support.messaging.EventPublisher;
import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes an {@link Alert} on {@code parley.analytics.alerts} when a channel starts failing or falls silent. */
@Component
public class ChannelAlerts {
    private final ChannelHealth health;
    private final EventPublisher publisher;
    private final Clock clock;

    public ChannelAlerts(ChannelHealth health, EventPublisher publisher, Clock clock) {
        this.health = health;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${parley.ingestion.channel-check-interval:30s}")
    public void publishNewAlerts() {
        for (Alert alert : health.newAlerts(clock.instant())) {
            try {
                publisher.publish(Topic.ANALYTICS_ALERTS, alert.alertId(), alert);
            } catch (EventPublisher.EventNotPublishedException e) {
                health.alertNotDelivered(alert);
            }
        }
    }
}
