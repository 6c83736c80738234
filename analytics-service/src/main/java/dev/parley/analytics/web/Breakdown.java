package dev.parley.analytics.web;

import dev.parley.analytics.kpi.Breakdowns;
import java.util.Map;

/**
 * The breakdown a request asks for: at most one dimension, either all its values ({@code by=platform}) or one
 * ({@code platform=x}).
 *
 * @param dimension the dimension, or null for the brand alone
 * @param value     its one value, or null for all
 */
record Breakdown(String dimension, String value) {

    static Breakdown of(Map<String, String> parameters) {
        String by = parameters.get("by");
        if (by != null && !Breakdowns.BY.contains(by)) {
            throw new IllegalArgumentException("by must be one of " + Breakdowns.BY + ", was '" + by + "'");
        }
        var filters = Breakdowns.BY.stream().filter(parameters::containsKey).toList();
        if (filters.size() + (by == null ? 0 : 1) > 1) {
            throw new IllegalArgumentException("KPIs are broken down by one dimension at a time (one of "
                    + Breakdowns.BY + ", or by=<dimension>)");
        }
        if (by != null) {
            return new Breakdown(by, null);
        }
        return filters.isEmpty() ? new Breakdown(null, null)
                : new Breakdown(filters.get(0), parameters.get(filters.get(0)));
    }
}
