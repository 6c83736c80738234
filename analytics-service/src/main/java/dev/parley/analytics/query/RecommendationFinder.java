package dev.parley.analytics.query;

import dev.parley.analytics.recommendations.Recommendation;
import dev.parley.analytics.recommendations.Recommender;
import dev.parley.analytics.trends.Trend;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The recommendations for a brand this period: the trends the rules watch, then the rules. */
public class RecommendationFinder {
    private final TrendFinder trends;
    private final Recommender recommender;

    public RecommendationFinder(TrendFinder trends, Recommender recommender) {
        this.trends = trends;
        this.recommender = recommender;
    }

    public List<Recommendation> find(String brand, TrendFinder.Period period, Instant to, int minSample) {
        Instant end = to.truncatedTo(ChronoUnit.DAYS);
        Instant middle = end.minus(period.length());
        return between(brand, middle.minus(period.length()), middle, end, minSample, period.label());
    }

    /** [currentStart, end) against [previousStart, currentStart). */
    public List<Recommendation> between(String brand, Instant previousStart, Instant currentStart, Instant end,
            int minSample, String periodLabel) {
        List<Trend> watched = new ArrayList<>();
        for (Recommender.Watch watch : Recommender.watches()) {
            trends.between(watch.kpi(), brand, previousStart, currentStart, end, watch.dimension(), null, minSample,
                    periodLabel).trends().forEach(t -> watched.add(t.trend()));
        }
        return recommender.recommend(periodLabel, watched);
    }
}
