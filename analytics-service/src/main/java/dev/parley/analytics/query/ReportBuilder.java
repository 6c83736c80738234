package dev.parley.analytics.query;

import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.kpi.KpiWindow;
import dev.parley.analytics.report.Report;
import dev.parley.analytics.trends.Trend;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Gathers a brand's report for a period of whole UTC days, compared with the period of the same length before. */
public class ReportBuilder {
    /** The KPIs of the report's headline, in the order shown. */
    static final List<String> HEADLINE = List.of("post_volume", "negative_share", "sentiment_index",
            "first_response_time_p50", "first_response_time_p90", "resolution_time_p50", "sla_compliance",
            "first_contact_resolution", "csat", "nps", "brand_check_pass_rate");
    private final KpiStores stores;
    private final TrendFinder trends;
    private final RecommendationFinder recommendations;

    public ReportBuilder(KpiStores stores, TrendFinder trends, RecommendationFinder recommendations) {
        this.stores = stores;
        this.trends = trends;
        this.recommendations = recommendations;
    }

    public Report build(String brand, Instant from, Instant to, int minSample) {
        Instant start = from.truncatedTo(ChronoUnit.DAYS);
        Instant end = to.truncatedTo(ChronoUnit.DAYS);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a report needs at least one whole day: from must be a day before to");
        }
        Duration length = Duration.between(start, end);
        Instant previous = start.minus(length);
        String label = length.toDays() + (length.toDays() == 1 ? " day" : " days");
        List<Trend> headline = new ArrayList<>();
        Map<String, List<Report.Point>> charted = new HashMap<>();
        for (String kpi : HEADLINE) {
            var answer = trends.between(kpi, brand, previous, start, end, null, null, minSample, label);
            if (answer.trends().isEmpty()) {
                continue;
            }
            var only = answer.trends().get(0);
            headline.add(only.trend());
            charted.put(kpi, only.daily().stream().map(d -> new Report.Point(d.day(), d.value())).toList());
        }
        List<Trend> topics = trends.between("post_volume", brand, previous, start, end, "topic", null, minSample,
                label).trends().stream().map(TrendFinder.BreakdownTrend::trend).toList();
        return new Report(brand, start, end, previous, headline, charted.getOrDefault("post_volume", List.of()),
                charted.getOrDefault("negative_share", List.of()), charted.getOrDefault("sla_compliance", List.of()),
                shares(brand, "platform", start, end),
                shares(brand, "sentiment", start, end), topics, stores.alerts(brand, start, end),
                recommendations.between(brand, previous, start, end, minSample, label));
    }

    /** Posts in the period by each value of the dimension, largest first. */
    private List<Report.Share> shares(String brand, String dimension, Instant start, Instant end) {
        Map<String, Long> counts = new TreeMap<>();
        for (KpiStores.Window day : stores.read(KpiWindow.DAY, Kpi.POST_VOLUME, start, end.minusMillis(1), brand,
                dimension, null)) {
            counts.merge(day.dimensions().get(dimension), day.aggregate().n(), Long::sum);
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Report.Share(e.getKey(), e.getValue(), total == 0 ? 0 : (double) e.getValue() / total))
                .toList();
    }
}
