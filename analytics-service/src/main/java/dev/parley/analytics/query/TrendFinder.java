package dev.parley.analytics.query;

import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.kpi.KpiAggregate;
import dev.parley.analytics.kpi.KpiWindow;
import dev.parley.analytics.kpi.Statistic;
import dev.parley.analytics.trends.Trend;
import dev.parley.analytics.trends.Trends;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A KPI this period (the last day or week of whole UTC days before {@code to}) against the period before, per
 * breakdown value (most significant and largest changes first), with the daily series and its 7-day moving average.
 */
public class TrendFinder {
    private static final int MOVING_AVERAGE_DAYS = 7;
    private final KpiStores stores;

    public TrendFinder(KpiStores stores) {
        this.stores = stores;
    }

    /**
     * @param dimension the breakdown (null for the brand alone)
     * @param value     its one value, or null for every value
     */
    public TrendAnswer find(String kpi, String brand, Period period, Instant to, String dimension, String value,
            int minSample) {
        Instant end = to.truncatedTo(ChronoUnit.DAYS);
        Instant middle = end.minus(period.length());
        return between(kpi, brand, middle.minus(period.length()), middle, end, dimension, value, minSample,
                period.label());
    }

    /** [currentStart, end) against [previousStart, currentStart), whole UTC days. */
    public TrendAnswer between(String kpi, String brand, Instant previousStart, Instant currentStart, Instant end,
            String dimension, String value, int minSample, String periodLabel) {
        Kpi measured = Kpi.ofPublishedName(kpi);
        Map<Map<String, String>, KpiAggregate[]> periods = new LinkedHashMap<>();
        Map<Map<String, String>, TreeMap<Instant, KpiAggregate>> daily = new LinkedHashMap<>();
        for (KpiStores.Window day : stores.read(KpiWindow.DAY, measured, previousStart, end.minusMillis(1), brand,
                dimension, value)) {
            KpiAggregate[] both = periods.computeIfAbsent(day.dimensions(),
                    d -> new KpiAggregate[] {KpiAggregate.empty(), KpiAggregate.empty()});
            int index = day.start().isBefore(currentStart) ? 0 : 1;
            both[index] = both[index].then(measured, day.aggregate());
            daily.computeIfAbsent(day.dimensions(), d -> new TreeMap<>()).put(day.start(), day.aggregate());
        }
        List<BreakdownTrend> trends = new ArrayList<>();
        periods.forEach((dims, both) -> trends.add(new BreakdownTrend(
                Trends.compare(kpi, dims, both[0], both[1], minSample),
                series(measured, kpi, daily.get(dims), previousStart, end))));
        trends.sort(Comparator.comparing((BreakdownTrend t) -> !t.trend().significant())
                .thenComparing(t -> -Math.abs(t.trend().relativeChange() == null ? 0 : t.trend().relativeChange())));
        return new TrendAnswer(kpi, brand, periodLabel, previousStart, currentStart, end, minSample, trends);
    }

    /** Every day of both periods (days without observations are left out) with the moving average to that day. */
    private static List<Day> series(Kpi kpi, String name, TreeMap<Instant, KpiAggregate> days, Instant start,
            Instant end) {
        List<Day> series = new ArrayList<>();
        for (Instant day = start; day.isBefore(end); day = day.plus(Duration.ofDays(1))) {
            KpiAggregate value = days.get(day);
            if (value == null) {
                continue;
            }
            var lastWeek = days.subMap(day.minus(Duration.ofDays(MOVING_AVERAGE_DAYS - 1)), true, day, true).values();
            double movingAverage = kpi.statistic() == Statistic.LEVEL
                    ? lastWeek.stream().mapToDouble(a -> a.value(kpi, name)).average().orElse(0)
                    : lastWeek.stream().reduce(KpiAggregate.empty(), KpiAggregate::merge).value(kpi, name);
            series.add(new Day(day, value.value(kpi, name), value.n(), movingAverage));
        }
        return series;
    }

    /** Day over day or week over week. */
    public enum Period {
        DAY("day", Duration.ofDays(1)), WEEK("week", Duration.ofDays(7));

        private final String label;
        private final Duration length;

        Period(String label, Duration length) {
            this.label = label;
            this.length = length;
        }

        public String label() {
            return label;
        }

        public Duration length() {
            return length;
        }

        public static Period ofLabel(String label) {
            for (Period p : values()) {
                if (p.label.equals(label)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("period must be day or week, was '" + label + "'");
        }
    }

    /**
     * @param previousStart start of the previous period
     * @param currentStart  start of this period (end of the previous one)
     * @param end           end of this period (exclusive): the start of the day of {@code to}, so periods are whole days
     */
    public record TrendAnswer(String kpi, String brand, String period, Instant previousStart, Instant currentStart,
            Instant end, int minSample, List<BreakdownTrend> trends) {
    }

    public record BreakdownTrend(Trend trend, List<Day> daily) {
    }

    /**
     * @param movingAverage the KPI over the 7 days up to and including this one (pooled, not an average of averages;
     *                      for a level, the mean of the days' levels)
     */
    public record Day(Instant day, double value, long sampleSize, double movingAverage) {
    }
}
