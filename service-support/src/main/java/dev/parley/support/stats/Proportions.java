package dev.parley.support.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Tests and intervals for shares (negative share, CSAT, SLA compliance, resolved share, ...), for every service that
 * compares them: analytics' trends and spikes, brand voice's phrase effectiveness.
 */
public final class Proportions {
    private static final NormalDistribution NORMAL = new NormalDistribution();
    /** z of a two-sided 95% interval. */
    public static final double Z95 = NORMAL.inverseCumulativeProbability(0.975);

    private Proportions() {
    }

    /**
     * Two-sided two-proportion z-test of {@code hits1/n1} against {@code hits2/n2} (pooled standard error), with the
     * 95% confidence interval of the difference (unpooled).
     */
    public static Comparison compare(long hits1, long n1, long hits2, long n2) {
        if (n1 == 0 || n2 == 0) {
            throw new IllegalArgumentException("both samples need observations, were " + n1 + " and " + n2);
        }
        double p1 = (double) hits1 / n1;
        double p2 = (double) hits2 / n2;
        double pooled = (double) (hits1 + hits2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        double z = se == 0 ? 0 : (p1 - p2) / se;
        double p = se == 0 ? 1 : 2 * (1 - NORMAL.cumulativeProbability(Math.abs(z)));
        double seDifference = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        return new Comparison(p1, p2, p1 - p2, z, p, p1 - p2 - Z95 * seDifference, p1 - p2 + Z95 * seDifference);
    }

    /** The Wilson score 95% interval of one share: honest for small samples and shares near 0 or 1. */
    public static Interval wilson(long hits, long n) {
        if (n == 0) {
            return new Interval(0, 1);
        }
        double share = (double) hits / n;
        double z2 = Z95 * Z95;
        double centre = (share + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(share * (1 - share) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new Interval(centre - half, centre + half);
    }

    /**
     * @param share1     the first share
     * @param share2     the second share
     * @param difference share1 − share2
     * @param z          the test statistic
     * @param pValue     two-sided
     * @param low        95% interval of the difference, lower end
     * @param high       upper end
     */
    public record Comparison(double share1, double share2, double difference, double z, double pValue, double low,
            double high) {
    }

    public record Interval(double low, double high) {
    }
}
