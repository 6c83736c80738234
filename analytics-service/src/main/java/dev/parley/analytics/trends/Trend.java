package dev.parley.analytics.trends;

import java.util.Map;

/**
 * One KPI, one breakdown: this period against the one before, with a test of whether the change is real.
 *
 * @param kpi            the published KPI name
 * @param dimensions     brand and the breakdown
 * @param previous       the value in the previous period, or null without observations
 * @param current        the value in this period, or null without observations
 * @param previousSample observations behind {@code previous}
 * @param currentSample  observations behind {@code current}
 * @param change         current − previous, or null
 * @param relativeChange change / previous (0.45 = up 45%), or null when previous is 0 or missing
 * @param low            95% confidence interval of the change, lower end (shares and means), or null
 * @param high           upper end, or null
 * @param test           the test used: {@code poisson-rate}, {@code two-proportion-z}, {@code welch-t},
 *                       {@code mann-whitney}, {@code nps-z}
 * @param pValue         its two-sided p, or null when it could not be computed
 * @param enoughData     both periods have at least the minimum sample; without it nothing is claimed
 * @param significant    enough data and p below 0.05
 * @param direction      {@code up}, {@code down} or {@code flat} (flat unless significant)
 */
public record Trend(String kpi, Map<String, String> dimensions, Double previous, Double current, long previousSample,
        long currentSample, Double change, Double relativeChange, Double low, Double high, String test,
        Double pValue, boolean enoughData, boolean significant, String direction) {
}
