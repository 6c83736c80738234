package dev.parley.analytics.web;

import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.kpi.KpiAggregate;
import dev.parley.analytics.kpi.KpiWindow;
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
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/trends}: a KPI this period (the last day or week of whole days) against the period before, with
 * the test that says whether the change is real, per breakdown value when {@code by} is given (most significant and
 * largest changes first), and the daily series with its 7-day moving average.
 */
@RestController
public class TrendController {
    private static final int MOVING_AVERAGE_DAYS = 7;
    private final KpiStores stores;

    public TrendController(KpiStores stores) {
        this.stores = stores;
    }

    @GetMapping("/api/v1/trends")
    public TrendAnswer trends(
            @RequestParam String kpi,
            @RequestParam String brand,
            @RequestParam(defaultValue = "week") String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "30") int minSample,
            @RequestParam Map<String, String> parameters) {
        Kpi measured = Kpi.ofPublishedName(kpi);
        Duration length = switch (period) {
            case "day" -> Duration.ofDays(1);
            case "week" -> Duration.ofDays(7);
            default -> throw new IllegalArgumentException("period must be day or week, was '" + period + "'");
        };
        Breakdown breakdown = Breakdown.of(parameters);
        Instant end = (to != null ? to : Instant.now()).truncatedTo(ChronoUnit.DAYS);
        Instant middle = end.minus(length);
        Instant start = middle.minus(length);
        List<KpiStores.Window> days = stores.read(KpiWindow.DAY, measured, start, end.minusMillis(1), brand,
                breakdown.dimension(), breakdown.value());
        Map<Map<String, String>, KpiAggregate[]> periods = new LinkedHashMap<>();
        Map<Map<String, String>, TreeMap<Instant, KpiAggregate>> daily = new LinkedHashMap<>();
        for (KpiStores.Window day : days) {
            KpiAggregate[] both = periods.computeIfAbsent(day.dimensions(),
                    d -> new KpiAggregate[] {KpiAggregate.empty(), KpiAggregate.empty()});
            int index = day.start().isBefore(middle) ? 0 : 1;
            both[index] = both[index].merge(day.aggregate());
            daily.computeIfAbsent(day.dimensions(), d -> new TreeMap<>()).put(day.start(), day.aggregate());
        }
        List<BreakdownTrend> trends = new ArrayList<>();
        periods.forEach((dims, both) -> trends.add(new BreakdownTrend(
                Trends.compare(kpi, dims, both[0], both[1], minSample),
                series(measured, kpi, daily.get(dims), start, end))));
        trends.sort(Comparator.comparing((BreakdownTrend t) -> !t.trend().significant())
                .thenComparing(t -> -Math.abs(t.trend().relativeChange() == null ? 0 : t.trend().relativeChange())));
        return new TrendAnswer(kpi, brand, period, start, middle, end, minSample, trends);
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
            KpiAggregate lastWeek = days.subMap(day.minus(Duration.ofDays(MOVING_AVERAGE_DAYS - 1)), true, day, true)
                    .values().stream().reduce(KpiAggregate.empty(), KpiAggregate::merge);
            series.add(new Day(day, value.value(kpi, name), value.n(), lastWeek.value(kpi, name)));
        }
        return series;
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
     * @param movingAverage the KPI over the 7 days up to and including this one (pooled, not an average of averages)
     */
    public record Day(Instant day, double value, long sampleSize, double movingAverage) {
    }
}
