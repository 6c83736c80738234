package dev.parley.events;

import java.time.Instant;
import java.util.Map;

/**
 * Something analytics noticed that people should act on: a spike, a crisis, a silent channel. Schema
 * {@code alert.v1}. Keyed by alert id.
 *
 * @param alertId    unique id
 * @param type       what was detected, e.g. {@code volume_spike}
 * @param severity   info, warning or critical
 * @param title      one line for a notification
 * @param detail     the evidence, for a person
 * @param dimensions where it was detected, e.g. {@code {"topic":"lost_luggage"}}
 * @param raisedAt   when it was detected
 */
public record Alert(
        String alertId,
        String type,
        AlertSeverity severity,
        String title,
        String detail,
        Map<String, String> dimensions,
        Instant raisedAt) {
    public Alert {
        dimensions = Map.copyOf(dimensions);
    }
}
