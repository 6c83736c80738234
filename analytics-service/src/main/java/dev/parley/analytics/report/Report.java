package dev.parley.analytics.report;

import dev.parley.analytics.recommendations.Recommendation;
import dev.parley.analytics.trends.Trend;
import dev.parley.events.Alert;
import java.time.Instant;
import java.util.List;

/**
 * Everything a report shows, as numbers (the HTML, CSV and JSON forms are made from this).
 *
 * @param brand           the brand
 * @param from            start of the reported period (inclusive, a UTC day)
 * @param to              end (exclusive)
 * @param previousFrom    start of the period it is compared with (as long, just before)
 * @param headline        the main KPIs against the previous period
 * @param dailyVolume     posts per day over both periods
 * @param dailyNegative   negative share per day over both periods
 * @param dailySla        SLA compliance per day over both periods (days with resolved cases)
 * @param platforms       posts by platform in the period, largest first
 * @param sentiments      posts by sentiment in the period
 * @param topics          posts by topic against the previous period, most significant change first
 * @param alerts          spikes and crises raised in the period, oldest first
 * @param recommendations what to do, most urgent first
 */
public record Report(String brand, Instant from, Instant to, Instant previousFrom, List<Trend> headline,
        List<Point> dailyVolume, List<Point> dailyNegative, List<Point> dailySla, List<Share> platforms,
        List<Share> sentiments,
        List<Trend> topics, List<Alert> alerts, List<Recommendation> recommendations) {

    /** One day's value. */
    public record Point(Instant day, double value) {
    }

    /** A part of the whole: e.g. 1,234 posts on X, 61%. */
    public record Share(String name, double count, double share) {
    }
}
