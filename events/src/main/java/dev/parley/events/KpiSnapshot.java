package dev.parley.events;

import java.time.Instant;
import java.util.Map;

/**
 * The value of one KPI over one time window for one combination of dimensions. Schema
 * {@code kpi-snapshot.v1}. Keyed by {@code <kpi>|<window start>|<dimensions>}; a later snapshot with the
 * same key replaces the earlier one (the topic is compacted), so the latest value per key is the answer.
 *
 * @param kpi         what is measured, e.g. {@code post_volume}
 * @param windowStart start of the window (inclusive)
 * @param windowEnd   end of the window (exclusive)
 * @param dimensions  what the value is broken down by, e.g. {@code {"platform":"x","sentiment":"negative"}}
 * @param value       the KPI's value in the window
 * @param computedAt  when this value was computed
 * @param sampleSize  how many observations the value rests on (posts, cases, answers); for counts the count itself.
 *                    Null in snapshots written before it was added
 */
public record KpiSnapshot(
        String kpi,
        Instant windowStart,
        Instant windowEnd,
        Map<String, String> dimensions,
        double value,
        Instant computedAt,
        Long sampleSize) {
    public KpiSnapshot {
        dimensions = Map.copyOf(dimensions);
    }
}
