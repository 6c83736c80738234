package dev.parley.analytics.kpi;

import java.nio.ByteBuffer;
import java.util.stream.DoubleStream;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * A KPI's observations in one window, kept small: counts and sums, and for durations an HdrHistogram (3 significant
 * digits, up to a year in seconds) so medians and percentiles survive merging windows.
 *
 * @param n          observations
 * @param sum        their sum (hits, for shares); for a level, the level after the last change
 * @param sumSquares the sum of their squares (for the variance of means)
 * @param promoters  NPS answers of 9–10
 * @param detractors NPS answers of 0–6
 * @param durations  the compressed histogram of durations in seconds, or null
 */
public record KpiAggregate(long n, double sum, double sumSquares, long promoters, long detractors,
        byte[] durations) {
    private static final long LONGEST_SECONDS = 366L * 24 * 3600;

    public static KpiAggregate empty() {
        return new KpiAggregate(0, 0, 0, 0, 0, null);
    }

    /** With one more observation {@code value} of {@code kpi} (a {@link Fact}'s value). */
    public KpiAggregate add(Kpi kpi, double value) {
        byte[] histogram = durations;
        if (kpi.statistic() == Statistic.DURATION) {
            Histogram h = histogram();
            h.recordValue(Math.min(LONGEST_SECONDS, Math.max(0, Math.round(value))));
            histogram = encode(h);
        }
        if (kpi.statistic() == Statistic.LEVEL) {
            return new KpiAggregate(n + 1, value, 0, 0, 0, null);
        }
        boolean nps = kpi.statistic() == Statistic.NPS;
        return new KpiAggregate(n + 1, sum + value, sumSquares + value * value,
                promoters + (nps && value >= 9 ? 1 : 0), detractors + (nps && value <= 6 ? 1 : 0), histogram);
    }

    /**
     * This window followed by a later one of the same breakdown: a level is the later window's, anything else is
     * both windows' observations together.
     */
    public KpiAggregate then(Kpi kpi, KpiAggregate later) {
        if (kpi.statistic() == Statistic.LEVEL && later.n > 0) {
            return new KpiAggregate(n + later.n, later.sum, 0, 0, 0, null);
        }
        return merge(later);
    }

    /** Both windows' observations together (for totals over many windows; levels of different breakdowns add up). */
    public KpiAggregate merge(KpiAggregate other) {
        byte[] histogram = durations;
        if (other.durations != null) {
            Histogram h = histogram();
            h.add(other.histogram());
            histogram = encode(h);
        }
        return new KpiAggregate(n + other.n, sum + other.sum, sumSquares + other.sumSquares,
                promoters + other.promoters, detractors + other.detractors, histogram);
    }

    /** The value published under {@code publishedName} (a duration's {@code _p50} or {@code _p90}). */
    public double value(Kpi kpi, String publishedName) {
        return switch (kpi.statistic()) {
            case COUNT -> n;
            case LEVEL -> sum;
            case SHARE, MEAN -> n == 0 ? 0 : sum / n;
            case NPS -> n == 0 ? 0 : 100.0 * (promoters - detractors) / n;
            case DURATION -> histogram().getValueAtPercentile(publishedName.endsWith("_p90") ? 90 : 50);
        };
    }

    /**
     * The recorded durations (seconds), each as often as it was recorded; above {@code limit} values, every value
     * proportionally fewer times, so the sample keeps the distribution's shape.
     */
    public double[] durations(int limit) {
        if (durations == null) {
            return new double[0];
        }
        Histogram h = histogram();
        double scale = Math.min(1.0, (double) limit / h.getTotalCount());
        DoubleStream.Builder values = DoubleStream.builder();
        for (var recorded : h.recordedValues()) {
            long times = Math.round(recorded.getCountAtValueIteratedTo() * scale);
            for (long c = 0; c < times; c++) {
                values.add(recorded.getValueIteratedTo());
            }
        }
        return values.build().toArray();
    }

    private Histogram histogram() {
        if (durations == null) {
            return new Histogram(LONGEST_SECONDS, 3);
        }
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(durations), 0);
        } catch (DataFormatException e) {
            throw new IllegalStateException("a stored duration histogram is corrupt", e);
        }
    }

    private static byte[] encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return bytes;
    }
}
