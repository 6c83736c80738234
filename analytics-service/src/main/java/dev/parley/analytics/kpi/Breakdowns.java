package dev.parley.analytics.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** The aggregation keys of a fact, {@code <kpi>|<dimensions>}, one per breakdown it has the dimensions of. */
    public static List<String> keysOf(Fact fact) {
        Map<String, String> dims = fact.dimensions();
        List<String> keys = new ArrayList<>();
        keys.add(key(fact.kpi(), Dimensions.of("brand", dims.get("brand"))));
        for (String by : BY) {
            if (dims.containsKey(by)) {
                TreeMap<String, String> pair = new TreeMap<>(Map.of("brand", dims.get("brand"), by, dims.get(by)));
                keys.add(key(fact.kpi(), pair));
            }
        }
        return keys;
    }

    public static String key(Kpi kpi, Map<String, String> dimensions) {
        return kpi.wireName() + "|" + Dimensions.format(dimensions);
    }

    public static Kpi kpiOf(String key) {
        return Kpi.ofWireName(key.substring(0, key.indexOf('|')));
    }

    public static Map<String, String> dimensionsOf(String key) {
        return Dimensions.parse(key.substring(key.indexOf('|') + 1));
    }
}
