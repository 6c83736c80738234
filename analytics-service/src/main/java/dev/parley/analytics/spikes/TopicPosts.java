package dev.parley.analytics.spikes;

import java.time.Instant;

/**
 * A brand's posts about one topic in one hour, as gathered between commits: all that travels through the
 * repartition by brand and topic to the spike detector.
 *
 * @param brand     the brand
 * @param topic     the topic ({@code none} for a post without one)
 * @param latest    when the latest of them was received
 * @param posts     how many
 * @param negatives how many of them are negative
 */
public record TopicPosts(String brand, String topic, Instant latest, long posts, long negatives) {
    /** These and {@code more} of the same brand, topic and hour together. */
    public TopicPosts plus(TopicPosts more) {
        return new TopicPosts(brand, topic, more.latest.isAfter(latest) ? more.latest : latest, posts + more.posts,
                negatives + more.negatives);
    }
}
