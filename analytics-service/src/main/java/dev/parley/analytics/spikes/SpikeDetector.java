package dev.parley.analytics.spikes;

import dev.parley.analytics.stats.Proportions;
import dev.parley.events.Alert;
import dev.parley.events.AlertSeverity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spikes and crises per brand and topic, hour by hour: the hour's volume against an EWMA baseline of past hours
 * (its standard deviation at least the Poisson √mean, so a quiet topic does not alarm on two posts), and the hour's
 * negative share against the usual share by a two-proportion z-test. Nothing fires below the minimum volume or
 * before the topic has a baseline. An alert is raised once per kind, hour and severity (a warning may be followed by
 * a critical alert), with an id made of those, so a replay raises the same alerts, not new ones.
 */
public final class SpikeDetector {
    private static final long HOUR = Duration.ofHours(1).toMillis();
    /** Missing hours folded into the baseline at most (a topic silent for days starts from a quiet baseline). */
    private static final int MAX_GAP = 48;
    private static final double NEGATIVE_P = 0.01;
    private static final double NEGATIVE_WARNING = 0.2;
    private static final double NEGATIVE_CRITICAL = 0.4;

    private SpikeDetector() {
    }

    /** One post of the topic, received at {@code at}; {@code state} null for a topic not seen yet. */
    public static Outcome observe(TopicHours state, String brand, String topic, Instant at, boolean negative,
            SpikeSettings settings) {
        long hour = at.toEpochMilli() - Math.floorMod(at.toEpochMilli(), HOUR);
        TopicHours s = state == null ? new TopicHours(hour, 0, 0, 0, 0, 0, 0, 0, 0, 0) : state;
        if (hour < s.hourStart()) {
            return new Outcome(s, List.of());
        }
        if (hour > s.hourStart()) {
            s = fold(s, hour, settings);
        }
        s = new TopicHours(s.hourStart(), s.volume() + 1, s.negatives() + (negative ? 1 : 0), s.meanVolume(),
                s.varianceVolume(), s.basePosts(), s.baseNegatives(), s.hours(), s.volumeAlerted(),
                s.negativeAlerted());
        if (s.hours() < settings.baselineHours() || s.volume() < settings.minVolume()) {
            return new Outcome(s, List.of());
        }
        List<Alert> alerts = new ArrayList<>();
        double sd = Math.max(Math.sqrt(s.varianceVolume()), Math.sqrt(Math.max(1, s.meanVolume())));
        double z = (s.volume() - s.meanVolume()) / sd;
        int volumeLevel = z >= settings.criticalZ() ? 2 : z >= settings.warningZ() ? 1 : 0;
        int volumeAlerted = s.volumeAlerted();
        if (volumeLevel > volumeAlerted) {
            alerts.add(alert("volume_spike", volumeLevel, brand, topic, s.hourStart(), at,
                    String.format(Locale.ROOT, "%s: %d posts about %s for %s this hour, usually %.1f", label(volumeLevel),
                            s.volume(), topic, brand, s.meanVolume()),
                    String.format(Locale.ROOT, "%d posts since %s against an hourly baseline of %.1f ± %.1f "
                            + "(z = %.1f; warning at %.0f, critical at %.0f)", s.volume(), Instant.ofEpochMilli(
                                    s.hourStart()), s.meanVolume(), sd, z, settings.warningZ(), settings.criticalZ())));
            volumeAlerted = volumeLevel;
        }
        int negativeAlerted = s.negativeAlerted();
        long basePosts = Math.round(s.basePosts());
        if (basePosts >= settings.minVolume()) {
            Proportions.Comparison c = Proportions.compare(s.negatives(), s.volume(),
                    Math.round(s.baseNegatives()), basePosts);
            int level = c.pValue() >= NEGATIVE_P || c.difference() < NEGATIVE_WARNING ? 0
                    : c.difference() >= NEGATIVE_CRITICAL || volumeLevel == 2 && c.share1() >= 0.7 ? 2 : 1;
            if (level > negativeAlerted) {
                alerts.add(alert("negative_spike", level, brand, topic, s.hourStart(), at,
                        String.format(Locale.ROOT, "%s: %.0f%% of posts about %s for %s are negative this hour, "
                                + "usually %.0f%%", label(level), 100 * c.share1(), topic, brand, 100 * c.share2()),
                        String.format(Locale.ROOT, "%d of %d posts negative since %s against %.0f%% of recent hours "
                                        + "(difference %.0f points, 95%% CI %.0f to %.0f; p = %.2g)", s.negatives(),
                                s.volume(), Instant.ofEpochMilli(s.hourStart()), 100 * c.share2(),
                                100 * c.difference(), 100 * c.low(), 100 * c.high(), c.pValue())));
                negativeAlerted = level;
            }
        }
        return new Outcome(new TopicHours(s.hourStart(), s.volume(), s.negatives(), s.meanVolume(),
                s.varianceVolume(), s.basePosts(), s.baseNegatives(), s.hours(), volumeAlerted, negativeAlerted),
                alerts);
    }

    /** Folds the finished hour, and any silent hours after it, into the baseline; starts counting {@code hour}. */
    private static TopicHours fold(TopicHours s, long hour, SpikeSettings settings) {
        double alpha = settings.smoothing();
        double mean = s.meanVolume();
        double variance = s.varianceVolume();
        double posts = s.basePosts();
        double negatives = s.baseNegatives();
        int hours = s.hours();
        long finished = Math.min((hour - s.hourStart()) / HOUR, MAX_GAP);
        for (long i = 0; i < finished; i++) {
            long volume = i == 0 ? s.volume() : 0;
            if (hours == 0) {
                mean = volume;
            } else {
                double diff = volume - mean;
                mean += alpha * diff;
                variance = (1 - alpha) * (variance + alpha * diff * diff);
            }
            posts = (1 - alpha) * posts + volume;
            negatives = (1 - alpha) * negatives + (i == 0 ? s.negatives() : 0);
            hours++;
        }
        return new TopicHours(hour, 0, 0, mean, variance, posts, negatives, hours, 0, 0);
    }

    private static Alert alert(String type, int level, String brand, String topic, long hourStart, Instant at,
            String title, String detail) {
        AlertSeverity severity = level == 2 ? AlertSeverity.CRITICAL : AlertSeverity.WARNING;
        String id = type + "|" + brand + "|" + topic + "|" + Instant.ofEpochMilli(hourStart) + "|"
                + severity.wireName();
        return new Alert(id, type, severity, title, detail, Map.of("brand", brand, "topic", topic), at);
    }

    private static String label(int level) {
        return level == 2 ? "Crisis" : "Spike";
    }

    /** The topic's state after the post, and the alerts it raised. */
    public record Outcome(TopicHours state, List<Alert> alerts) {
    }
}
