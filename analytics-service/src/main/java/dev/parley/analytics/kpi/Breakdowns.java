package dev.parley.analytics.kpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The breakdowns every KPI is published by: each brand alone, and each brand by one of platform, channel, topic,
 * team, agent, sentiment or exclusion reason (where the observation has it). One dimension at a time keeps the
 * number of series linear in the dimensions; combine them in a BI tool from the events if needed.
 */
public final class Breakdowns {
    public static final List<String> BY = List.of("platform", "channel", "topic", "team", "agent", "sentiment",
            "reason");

    private Breakdowns() {
    }

    /**
     * An event's facts by breakdown: each key is a breakdown's dimensions ({@link Dimensions#format}), each value
     * the observations of every fact that has that breakdown's dimensions, in the facts' order.
     */
    public static Map<String, List<Observation>> of(List<Fact> facts) {
        Map<String, List<Observation>> byBreakdown = new LinkedHashMap<>();
        for (Fact fact : facts) {
            Map<String, String> dims = fact.dimensions();
            String brand = dims.get("brand");
            Observation observation = new Observation(fact.kpi(), fact.value());
            byBreakdown.computeIfAbsent(Dimensions.format(Map.of("brand", brand)), k -> new ArrayList<>())
                    .add(observation);
            for (String by : BY) {
                String value = dims.get(by);
                if (value != null) {
                    byBreakdown.computeIfAbsent(Dimensions.format(Map.of("brand", brand, by, value)),
                            k -> new ArrayList<>()).add(observation);
                }
            }
        }
        return byBreakdown;
    }

    /** Where one KPI of one breakdown is kept on its own, {@code <kpi>|<dimensions>} (the backlog's levels). */
    public static String key(Kpi kpi, String dimensions) {
        return kpi.wireName() + "|" + dimensions;
    }
}
