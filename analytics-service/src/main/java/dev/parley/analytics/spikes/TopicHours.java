package dev.parley.analytics.spikes;

/**
 * One brand's topic: the hour being counted and the moving baseline of the hours before it.
 *
 * @param hourStart        start of the current hour (epoch millis)
 * @param volume           posts in the current hour
 * @param negatives        negative posts in the current hour
 * @param meanVolume       EWMA of hourly volume
 * @param varianceVolume   EWMA variance of hourly volume
 * @param basePosts        exponentially decayed posts of past hours (for the usual negative share)
 * @param baseNegatives    exponentially decayed negative posts of past hours
 * @param hours            hours folded into the baseline
 * @param volumeAlerted    the highest volume alert raised this hour: 0 none, 1 warning, 2 critical
 * @param negativeAlerted  the same for the negative share
 */
public record TopicHours(long hourStart, long volume, long negatives, double meanVolume, double varianceVolume,
        double basePosts, double baseNegatives, int hours, int volumeAlerted, int negativeAlerted) {
}
