package dev.parley.analytics.kpi;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Dimensions as one string, {@code name=value} pairs sorted by name and joined by commas (also in Kafka keys). */
public final class Dimensions {
    private Dimensions() {
    }

    /** Name-value pairs; pairs whose value is null are left out. */
    public static Map<String, String> of(String... namesAndValues) {
        TreeMap<String, String> dimensions = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                dimensions.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return dimensions;
    }

    public static String format(Map<String, String> dimensions) {
        return new TreeMap<>(dimensions).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    public static Map<String, String> parse(String dimensions) {
        return Arrays.stream(dimensions.split(","))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> b, TreeMap::new));
    }
}
