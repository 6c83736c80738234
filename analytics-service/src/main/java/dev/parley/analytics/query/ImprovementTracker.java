package dev.parley.analytics.query;

import dev.parley.analytics.improvements.ImprovementReview;
import dev.parley.events.Improvement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Before and after of each registered improvement, from the KPI stores. */
public class ImprovementTracker {
    /** Baseline and result are each at most this long. */
    static final Duration LONGEST = Duration.ofDays(28);
    private final KpiStores stores;
    private final TrendFinder trends;
    private final Clock clock;

    public ImprovementTracker(KpiStores stores, TrendFinder trends, Clock clock) {
        this.stores = stores;
        this.trends = trends;
        this.clock = clock;
    }

    /** The brand's improvements, newest first, each reviewed. */
    public List<ImprovementReview> reviews(String brand, int minSample) {
        return stores.improvements().stream().filter(i -> i.brand().equals(brand))
                .sorted(Comparator.comparing(Improvement::startedAt).reversed())
                .map(i -> review(i, minSample)).toList();
    }

    public Optional<ImprovementReview> review(String improvementId, int minSample) {
        return stores.improvements().stream().filter(i -> i.improvementId().equals(improvementId)).findFirst()
                .map(i -> review(i, minSample));
    }

    ImprovementReview review(Improvement improvement, int minSample) {
        Instant since = improvement.startedAt().truncatedTo(ChronoUnit.DAYS);
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        Duration length = Duration.between(since, today);
        length = length.compareTo(LONGEST) > 0 ? LONGEST : length;
        Instant until = since.plus(length);
        Instant before = since.minus(length);
        Map.Entry<String, String> breakdown = improvement.dimensions().entrySet().stream().findFirst().orElse(null);
        List<ImprovementReview.Result> results = new ArrayList<>();
        for (String kpi : improvement.kpis()) {
            if (length.toDays() < 1) {
                results.add(ImprovementReview.Result.of(kpi, null));
                continue;
            }
            var found = trends.between(kpi, improvement.brand(), before, since, until,
                    breakdown == null ? null : breakdown.getKey(), breakdown == null ? null : breakdown.getValue(),
                    minSample, length.toDays() + " days").trends();
            results.add(found.isEmpty() ? new ImprovementReview.Result(kpi, null, "too_few_to_tell")
                    : ImprovementReview.Result.of(kpi, found.get(0).trend()));
        }
        return new ImprovementReview(improvement, before, since, until,
                length.toDays() < 1 ? "too_early" : "measured", results);
    }
}
