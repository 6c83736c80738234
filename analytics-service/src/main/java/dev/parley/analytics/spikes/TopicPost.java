package dev.parley.analytics.spikes;

import java.time.Instant;

/**
 * A post as the spike detector needs it, all that travels through the repartition by brand and topic.
 *
 * @param brand      the brand it was for
 * @param topic      its topic, or {@code none}
 * @param receivedAt when it was received
 * @param negative   whether its sentiment is negative
 */
public record TopicPost(String brand, String topic, Instant receivedAt, boolean negative) {
}
