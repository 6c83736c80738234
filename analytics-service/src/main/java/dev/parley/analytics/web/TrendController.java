package dev.parley.analytics.web;

import dev.parley.analytics.query.TrendFinder;
import java.time.Instant;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/trends}: a KPI this period against the one before, with the test that says if it changed. */
@RestController
public class TrendController {
    private final TrendFinder trends;

    public TrendController(TrendFinder trends) {
        this.trends = trends;
    }

    @GetMapping("/api/v1/trends")
    public TrendFinder.TrendAnswer trends(
            @RequestParam String kpi,
            @RequestParam String brand,
            @RequestParam(defaultValue = "week") String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "30") int minSample,
            @RequestParam Map<String, String> parameters) {
        Breakdown breakdown = Breakdown.of(parameters);
        return trends.find(kpi, brand, TrendFinder.Period.ofLabel(period), to != null ? to : Instant.now(),
                breakdown.dimension(), breakdown.value(), minSample);
    }
}
