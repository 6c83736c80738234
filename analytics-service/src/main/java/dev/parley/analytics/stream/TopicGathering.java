package dev.parley.analytics.stream;

import dev.parley.analytics.kpi.PostFacts;
import dev.parley.analytics.spikes.TopicPosts;
import dev.parley.events.SentimentLabel;
import dev.parley.events.TriagedPost;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Gathers a task's posts by brand, topic and hour between commits ({@link CommitGathering}) for the spike watch:
 * one record a brand's topic and hour a commit, counting its posts and negative posts, instead of one a post.
 */
final class TopicGathering extends CommitGathering<TriagedPost, TopicPosts> {
    static final String COMMIT_HOOK = "spike-gathering-commit-hook";
    private static final long HOUR = Duration.ofHours(1).toMillis();

    TopicGathering() {
        super(COMMIT_HOOK);
    }

    @Override
    void gather(Record<String, TriagedPost> record) {
        TriagedPost post = record.value();
        String brand = post.post().brand();
        String topic = PostFacts.topicOf(post);
        Instant at = post.post().receivedAt();
        boolean negative = post.sentiment().label() == SentimentLabel.NEGATIVE;
        add(brand + "|" + topic, at.toEpochMilli() - Math.floorMod(at.toEpochMilli(), HOUR), record.timestamp(),
                () -> new TopicPosts(brand, topic, at, 0, 0), posts -> posts.and(at, negative), 1);
    }
}
