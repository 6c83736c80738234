package dev.parley.analytics.kpi;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One observation of one KPI, with every dimension it can be broken down by.
 *
 * @param kpi        what was observed
 * @param dimensions brand, and whichever of platform, channel, topic, team, agent, sentiment, reason apply
 * @param value      1 for a count; 1 (hit) or 0 for a share; the value for a mean; seconds for a duration; the
 *                   0–10 answer for NPS
 */
public record Fact(Kpi kpi, Map<String, String> dimensions, double value) {
    public Fact {
        TreeMap<String, String> known = new TreeMap<>(dimensions);
        known.values().removeIf(Objects::isNull);
        if (!known.containsKey("brand")) {
            throw new IllegalArgumentException("a fact needs its brand");
        }
        dimensions = known;
    }

    public static Fact of(Kpi kpi, Map<String, String> dimensions, boolean hit) {
        return new Fact(kpi, dimensions, hit ? 1 : 0);
    }
}
