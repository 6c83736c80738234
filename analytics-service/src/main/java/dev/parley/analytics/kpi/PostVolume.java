package dev.parley.analytics.kpi;

import dev.parley.events.KpiSnapshot;
import dev.parley.events.TriagedPost;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * KPI {@code post_volume}: triaged posts per minute by platform and sentiment. Dimensions travel as
 * one string, {@code name=value} pairs sorted by name and joined by commas, which is also part of the
 * snapshot's Kafka key.
 */
public final class PostVolume {
    public static final String KPI = "post_volume";
    public static final Duration WINDOW = Duration.ofMinutes(1);

    private PostVolume() {
    }

    public static String dimensionsOf(TriagedPost post) {
        return "platform=" + post.post().platform().wireName() + ",sentiment=" + post.sentiment().label().wireName();
    }

    public static Map<String, String> parseDimensions(String dimensions) {
        return Arrays.stream(dimensions.split(","))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> b, TreeMap::new));
    }

    /** The snapshot's key on {@code parley.analytics.kpis}: {@code <kpi>|<window start>|<dimensions>}. */
    public static String snapshotKey(Instant windowStart, String dimensions) {
        return KPI + "|" + windowStart + "|" + dimensions;
    }

    public static KpiSnapshot snapshot(Instant windowStart, String dimensions, long count, Instant computedAt) {
        return new KpiSnapshot(KPI, windowStart, windowStart.plus(WINDOW), parseDimensions(dimensions), count,
                computedAt);
    }
}
