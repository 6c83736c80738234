package dev.parley.analytics.spikes;

import java.util.List;

/**
 * One brand's topic: its posts hour by hour over the last two days (so posts arriving out of order still land in
 * their hour), and which alerts the newest hour has raised.
 *
 * @param hours           counted hours, oldest first; hours without posts are absent
 * @param alertedHour     the hour the alert levels below belong to (epoch millis)
 * @param volumeAlerted   the highest volume alert raised in that hour: 0 none, 1 warning, 2 critical
 * @param negativeAlerted the same for the negative share
 */
public record TopicHours(List<HourCount> hours, long alertedHour, int volumeAlerted, int negativeAlerted) {
    public TopicHours {
        hours = List.copyOf(hours);
    }

    /**
     * @param hourStart start of the hour (epoch millis)
     * @param volume    posts in it
     * @param negatives negative posts in it
     */
    public record HourCount(long hourStart, long volume, long negatives) {
    }
}
