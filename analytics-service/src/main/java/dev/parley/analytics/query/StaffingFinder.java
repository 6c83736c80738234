package dev.parley.analytics.query;

import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.kpi.KpiWindow;
import dev.parley.analytics.staffing.StaffingPlan;
import dev.parley.analytics.staffing.StaffingSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A staffing plan for the next hours: each hour's cases forecast as the average of the same hour of the week over
 * the past weeks (a seasonal naive forecast), then Erlang C for the agents needed.
 */
public class StaffingFinder {
    private static final Duration WEEK = Duration.ofDays(7);
    private final KpiStores stores;
    private final StaffingSettings settings;

    public StaffingFinder(KpiStores stores, StaffingSettings settings) {
        this.stores = stores;
        this.settings = settings;
    }

    /**
     * @param roster agents rostered per hour from {@code from} on (first value for the first hour), may be empty
     */
    public StaffingPlan plan(String brand, String team, Instant from, int hours, List<Integer> roster) {
        Instant start = from.truncatedTo(ChronoUnit.HOURS);
        Instant historyStart = start.minus(WEEK.multipliedBy(settings.weeks()));
        Map<Instant, Long> past = new HashMap<>();
        stores.read(KpiWindow.HOUR, Kpi.CASES_OPENED, historyStart, start.minusMillis(1), brand,
                team == null ? null : "team", team).forEach(w -> past.merge(w.start(), w.aggregate().n(), Long::sum));
        Map<Instant, Double> forecast = new LinkedHashMap<>();
        Map<Instant, Integer> rostered = new HashMap<>();
        for (int h = 0; h < hours; h++) {
            Instant hour = start.plus(Duration.ofHours(h));
            double total = 0;
            for (int w = 1; w <= settings.weeks(); w++) {
                total += past.getOrDefault(hour.minus(WEEK.multipliedBy(w)), 0L);
            }
            forecast.put(hour, total / settings.weeks());
            if (h < roster.size()) {
                rostered.put(hour, roster.get(h));
            }
        }
        return StaffingPlan.of(forecast, rostered, settings);
    }
}
