package dev.parley.analytics.kpi;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every KPI's aggregate of one breakdown in one window: one stored value per breakdown rather than one per KPI,
 * so a post's observations cost one store update per breakdown and window.
 */
public record KpiAggregates(Map<Kpi, KpiAggregate> byKpi) {
    public KpiAggregates {
        EnumMap<Kpi, KpiAggregate> copy = new EnumMap<>(Kpi.class);
        copy.putAll(byKpi);
        byKpi = Collections.unmodifiableMap(copy);
    }

    public static KpiAggregates empty() {
        return new KpiAggregates(Map.of());
    }

    /** With the observations added, in their order (a level takes the last one). */
    public KpiAggregates add(List<Observation> observations) {
        EnumMap<Kpi, KpiAggregate> updated = new EnumMap<>(Kpi.class);
        updated.putAll(byKpi);
        for (Observation o : observations) {
            updated.put(o.kpi(), updated.getOrDefault(o.kpi(), KpiAggregate.empty()).add(o.kpi(), o.value()));
        }
        return new KpiAggregates(updated);
    }

    /** The KPI's aggregate, or null when the window holds no observation of it. */
    public KpiAggregate of(Kpi kpi) {
        return byKpi.get(kpi);
    }
}
