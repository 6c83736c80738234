package dev.parley.analytics.improvements;

import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.trends.Trend;
import dev.parley.events.Improvement;
import java.time.Instant;
import java.util.List;

/**
 * Did the improvement move its KPIs? The same number of whole days before and after the day it took effect (at most
 * four weeks each), compared with each KPI's test.
 *
 * @param improvement what was registered
 * @param before      start of the baseline (inclusive)
 * @param since       the day the change took effect: the baseline ends, the result begins
 * @param until       end of the result (exclusive)
 * @param status      {@code too_early} before a whole day has passed, else {@code measured}
 * @param results     one per KPI
 */
public record ImprovementReview(Improvement improvement, Instant before, Instant since, Instant until, String status,
        List<Result> results) {

    /**
     * @param kpi     the published KPI name
     * @param trend   after against before (null while too early)
     * @param verdict {@code improved}, {@code worsened}, {@code changed} (for KPIs where neither way is better),
     *                {@code no_real_change}, {@code too_few_to_tell}, {@code too_early}
     */
    public record Result(String kpi, Trend trend, String verdict) {

        public static Result of(String kpi, Trend trend) {
            if (trend == null) {
                return new Result(kpi, null, "too_early");
            }
            if (!trend.enoughData()) {
                return new Result(kpi, trend, "too_few_to_tell");
            }
            if (!trend.significant()) {
                return new Result(kpi, trend, "no_real_change");
            }
            Kpi.Better better = Kpi.ofPublishedName(kpi).better();
            boolean up = trend.direction().equals("up");
            String verdict = better == Kpi.Better.NEITHER ? "changed"
                    : up == (better == Kpi.Better.HIGHER) ? "improved" : "worsened";
            return new Result(kpi, trend, verdict);
        }
    }
}
