package dev.parley.analytics.trends;

import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.kpi.KpiAggregate;
import dev.parley.analytics.stats.Tests;
import dev.parley.support.stats.Proportions;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Period-over-period change of a KPI with the test that fits it: counts by the conditional test of two Poisson
 * rates, shares by the two-proportion z-test, means by Welch's t-test, durations by Mann-Whitney, NPS by a z-test
 * of the difference of two scores. With fewer than {@code minSample} observations in either period nothing is
 * claimed: no "up 40%" on five posts.
 */
public final class Trends {
    public static final double SIGNIFICANCE = 0.05;
    /** Durations are compared on at most this many values per period (proportionally sampled). */
    private static final int DURATION_SAMPLE = 5_000;
    private static final NormalDistribution NORMAL = new NormalDistribution();

    private Trends() {
    }

    public static Trend compare(String publishedName, Map<String, String> dimensions, KpiAggregate previous,
            KpiAggregate current, int minSample) {
        Kpi kpi = Kpi.ofPublishedName(publishedName);
        Double before = previous.n() == 0 ? null : previous.value(kpi, publishedName);
        Double now = current.n() == 0 ? null : current.value(kpi, publishedName);
        boolean enough = previous.n() >= minSample && current.n() >= minSample;
        Double change = before == null || now == null ? null : now - before;
        Double relative = change == null || before == 0 ? null : change / before;
        Double p = null;
        Double low = null;
        Double high = null;
        String test;
        switch (kpi.statistic()) {
            case COUNT -> {
                test = "poisson-rate";
                long total = previous.n() + current.n();
                p = total == 0 ? null : 2 * (1 - NORMAL.cumulativeProbability(
                        Math.abs(current.n() - previous.n()) / Math.sqrt(total)));
            }
            case SHARE -> {
                test = "two-proportion-z";
                if (previous.n() > 0 && current.n() > 0) {
                    Proportions.Comparison c = Proportions.compare(Math.round(current.sum()), current.n(),
                            Math.round(previous.sum()), previous.n());
                    p = c.pValue();
                    low = c.low();
                    high = c.high();
                }
            }
            case MEAN -> {
                test = "welch-t";
                if (previous.n() > 1 && current.n() > 1) {
                    double v1 = variance(current) / current.n();
                    double v2 = variance(previous) / previous.n();
                    double se = Math.sqrt(v1 + v2);
                    if (se > 0) {
                        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (current.n() - 1) + v2 * v2 / (previous.n() - 1));
                        TDistribution t = new TDistribution(df);
                        p = 2 * (1 - t.cumulativeProbability(Math.abs(change) / se));
                        double margin = t.inverseCumulativeProbability(0.975) * se;
                        low = change - margin;
                        high = change + margin;
                    }
                }
            }
            case DURATION -> {
                test = "mann-whitney";
                if (previous.n() > 0 && current.n() > 0) {
                    p = Tests.mannWhitney(current.durations(DURATION_SAMPLE), previous.durations(DURATION_SAMPLE))
                            .pValue();
                }
            }
            case NPS -> {
                test = "nps-z";
                if (previous.n() > 0 && current.n() > 0) {
                    double se = Math.sqrt(npsVariance(current) + npsVariance(previous)) * 100;
                    p = se == 0 ? null : 2 * (1 - NORMAL.cumulativeProbability(Math.abs(change) / se));
                    if (se > 0) {
                        low = change - Proportions.Z95 * se;
                        high = change + Proportions.Z95 * se;
                    }
                }
            }
            // Two readings of a level (at each period's end) are no samples to test: the change is shown, never
            // called significant.
            case LEVEL -> test = "none";
            default -> throw new IllegalStateException("no test for " + kpi.statistic());
        }
        boolean significant = enough && p != null && p < SIGNIFICANCE;
        String direction = !significant || change == null || change == 0 ? "flat" : change > 0 ? "up" : "down";
        return new Trend(publishedName, dimensions, before, now, previous.n(), current.n(), change, relative, low,
                high, test, p, enough, significant, direction);
    }

    private static double variance(KpiAggregate a) {
        double mean = a.sum() / a.n();
        return Math.max(0, (a.sumSquares() - a.n() * mean * mean) / (a.n() - 1));
    }

    /** Variance of an NPS (as a fraction) from one sample: (p⁺ + p⁻ − (p⁺ − p⁻)²) / n. */
    private static double npsVariance(KpiAggregate a) {
        double promoters = (double) a.promoters() / a.n();
        double detractors = (double) a.detractors() / a.n();
        double nps = promoters - detractors;
        return (promoters + detractors - nps * nps) / a.n();
    }
}
