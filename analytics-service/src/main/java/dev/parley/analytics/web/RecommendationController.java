package dev.parley.analytics.web;

import dev.parley.analytics.query.RecommendationFinder;
import dev.parley.analytics.query.TrendFinder;
import dev.parley.analytics.recommendations.Recommendation;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/recommendations}: what to do about this period's significant trends, most urgent first. */
@RestController
public class RecommendationController {
    private final RecommendationFinder recommendations;

    public RecommendationController(RecommendationFinder recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/api/v1/recommendations")
    public List<Recommendation> recommendations(
            @RequestParam String brand,
            @RequestParam(defaultValue = "week") String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "30") int minSample) {
        return recommendations.find(brand, TrendFinder.Period.ofLabel(period), to != null ? to : Instant.now(),
                minSample);
    }
}
