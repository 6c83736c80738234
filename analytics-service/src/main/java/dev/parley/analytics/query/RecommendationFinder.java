package dev.parley.analytics.query;

import dev.parley.analytics.recommendations.Recommendation;
import dev.parley.analytics.recommendations.Recommender;
import dev.parley.analytics.trends.Trend;
import java.time.Instant;
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
        List<Trend> watched = new ArrayList<>();
        for (Recommender.Watch watch : Recommender.watches()) {
            trends.find(watch.kpi(), brand, period, to, watch.dimension(), null, minSample).trends()
                    .forEach(t -> watched.add(t.trend()));
        }
        return recommender.recommend(period.label(), watched);
    }
}
