package dev.parley.analytics.sampling;

import java.time.Instant;
import java.util.Map;

/**
 * One post a reviewer can read.
 *
 * @param postId       Parley's id of the post
 * @param url          where it is on the platform, or null
 * @param authorHandle who wrote it
 * @param followers    the author's followers (how loud they are)
 * @param text         what they wrote
 * @param receivedAt   when Parley accepted it
 * @param dimensions   platform, channel, sentiment and topic (what representativeness is judged on)
 */
public record SampleItem(String postId, String url, String authorHandle, long followers, String text,
        Instant receivedAt, Map<String, String> dimensions) {
    public SampleItem {
        dimensions = Map.copyOf(dimensions);
    }
}
