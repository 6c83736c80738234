package dev.parley.analytics.spikes;

import dev.parley.events.Alert;
import dev.parley.events.AlertSeverity;
import dev.parley.support.stats.Proportions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Spikes and crises per brand and topic, hour by hour: the newest hour's volume against an EWMA baseline of the
 * hours before it (its standard deviation at least the Poisson √mean, so a quiet topic does not alarm on two
 * posts), and its negative share against the usual share by a two-proportion z-test. The last two days are kept
 * hour by hour, so posts that arrive out of order (partitions overtaking each other, a replay) still count in
 * their own hour and the baseline comes out the same. Nothing fires below the minimum volume or before the topic
 * has a baseline. An alert is raised once per kind, hour and severity (a warning may be followed by a critical
 * alert), with an id made of those, so a replay raises the same alerts, not new ones.
 */
public final class SpikeDetector {
    private static final long HOUR = Duration.ofHours(1).toMillis();
    /** Hours kept: a post older than this behind the newest hour no longer counts. */
    static final int KEPT_HOURS = 48;
    private static final double NEGATIVE_P = 0.01;
    private static final double NEGATIVE_WARNING = 0.2;
    private static final double NEGATIVE_CRITICAL = 0.4;

    private SpikeDetector() {
    }

    /**
     * Posts of the topic in one hour ({@link TopicPosts}, the latest received at {@code posts.latest()}); {@code
     * state} null for a topic not seen yet.
     */
    public static Outcome observe(TopicHours state, TopicPosts posts, SpikeSettings settings) {
        String brand = posts.brand();
        String topic = posts.topic();
        Instant at = posts.latest();
        long hour = at.toEpochMilli() - Math.floorMod(at.toEpochMilli(), HOUR);
        TreeMap<Long, TopicHours.HourCount> hours = new TreeMap<>();
        if (state != null) {
            state.hours().forEach(h -> hours.put(h.hourStart(), h));
        }
        long newest = hours.isEmpty() ? hour : Math.max(hours.lastKey(), hour);
        if (hour < newest - KEPT_HOURS * HOUR) {
            return new Outcome(state, List.of());
        }
        TopicHours.HourCount before = hours.getOrDefault(hour, new TopicHours.HourCount(hour, 0, 0));
        TopicHours.HourCount now = new TopicHours.HourCount(hour, before.volume() + posts.posts(),
                before.negatives() + posts.negatives());
        hours.put(hour, now);
        hours.headMap(newest - KEPT_HOURS * HOUR).clear();
        int volumeAlerted = state != null && state.alertedHour() == newest ? state.volumeAlerted() : 0;
        int negativeAlerted = state != null && state.alertedHour() == newest ? state.negativeAlerted() : 0;
        List<Alert> alerts = new ArrayList<>();
        Baseline baseline = Baseline.of(hours.headMap(hour), hour, settings.smoothing());
        if (hour == newest && baseline.hours() >= settings.baselineHours() && now.volume() >= settings.minVolume()) {
            double sd = Math.max(Math.sqrt(baseline.variance()), Math.sqrt(Math.max(1, baseline.mean())));
            double z = (now.volume() - baseline.mean()) / sd;
            int volumeLevel = z >= settings.criticalZ() ? 2 : z >= settings.warningZ() ? 1 : 0;
            if (volumeLevel > volumeAlerted) {
                alerts.add(alert("volume_spike", volumeLevel, brand, topic, hour, at,
                        String.format(Locale.ROOT, "%s: %d posts about %s for %s this hour, usually %.1f",
                                label(volumeLevel), now.volume(), topic, brand, baseline.mean()),
                        String.format(Locale.ROOT, "%d posts since %s against an hourly baseline of %.1f ± %.1f "
                                        + "(z = %.1f; warning at %.0f, critical at %.0f)", now.volume(),
                                Instant.ofEpochMilli(hour), baseline.mean(), sd, z, settings.warningZ(),
                                settings.criticalZ())));
                volumeAlerted = volumeLevel;
            }
            long basePosts = Math.round(baseline.posts());
            if (basePosts >= settings.minVolume()) {
                Proportions.Comparison c = Proportions.compare(now.negatives(), now.volume(),
                        Math.round(baseline.negatives()), basePosts);
                int level = c.pValue() >= NEGATIVE_P || c.difference() < NEGATIVE_WARNING ? 0
                        : c.difference() >= NEGATIVE_CRITICAL || volumeLevel == 2 && c.share1() >= 0.7 ? 2 : 1;
                if (level > negativeAlerted) {
                    alerts.add(alert("negative_spike", level, brand, topic, hour, at,
                            String.format(Locale.ROOT, "%s: %.0f%% of posts about %s for %s are negative this hour, "
                                    + "usually %.0f%%", label(level), 100 * c.share1(), topic, brand,
                                    100 * c.share2()),
                            String.format(Locale.ROOT, "%d of %d posts negative since %s against %.0f%% of recent "
                                            + "hours (difference %.0f points, 95%% CI %.0f to %.0f; p = %.2g)",
                                    now.negatives(), now.volume(), Instant.ofEpochMilli(hour), 100 * c.share2(),
                                    100 * c.difference(), 100 * c.low(), 100 * c.high(), c.pValue())));
                    negativeAlerted = level;
                }
            }
        }
        return new Outcome(new TopicHours(new ArrayList<>(hours.values()), newest, volumeAlerted, negativeAlerted),
                alerts);
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

    /**
     * The hours before the current one, oldest first (hours without posts count as 0): EWMA mean and variance of
     * volume, and exponentially decayed posts and negatives for the usual negative share.
     */
    private record Baseline(int hours, double mean, double variance, double posts, double negatives) {

        static Baseline of(Map<Long, TopicHours.HourCount> past, long current, double alpha) {
            if (past.isEmpty()) {
                return new Baseline(0, 0, 0, 0, 0);
            }
            long first = past.keySet().iterator().next();
            int hours = 0;
            double mean = 0;
            double variance = 0;
            double posts = 0;
            double negatives = 0;
            for (long h = first; h < current; h += HOUR) {
                TopicHours.HourCount count = past.get(h);
                long volume = count == null ? 0 : count.volume();
                if (hours == 0) {
                    mean = volume;
                } else {
                    double diff = volume - mean;
                    mean += alpha * diff;
                    variance = (1 - alpha) * (variance + alpha * diff * diff);
                }
                posts = (1 - alpha) * posts + volume;
                negatives = (1 - alpha) * negatives + (count == null ? 0 : count.negatives());
                hours++;
            }
            return new Baseline(hours, mean, variance, posts, negatives);
        }
    }

    /** The topic's state after the posts, and the alerts they raised. */
    public record Outcome(TopicHours state, List<Alert> alerts) {
    }
}
