package dev.parley.analytics.stream;

import dev.parley.analytics.kpi.PostFacts;
import dev.parley.analytics.spikes.TopicPosts;
import dev.parley.events.SentimentLabel;
import dev.parley.events.TriagedPost;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Gathers a task's posts by brand, topic and hour between commits ({@link CommitGathering}) for the spike watch:
 * one record a brand's topic and hour a commit, counting its posts and negative posts, instead of one a post.
 */
final class TopicGathering extends CommitGathering<TriagedPost, TopicPosts> {
    static final String COMMIT_HOOK = "spike-gathering-commit-hook";

    TopicGathering() {
        super(COMMIT_HOOK, Duration.ofHours(1));
    }

    @Override
    void gather(Record<String, TriagedPost> record) {
        TriagedPost post = record.value();
        TopicPosts one = new TopicPosts(post.post().brand(), PostFacts.topicOf(post), post.post().receivedAt(), 1,
                post.sentiment().label() == SentimentLabel.NEGATIVE ? 1 : 0);
        add(one.brand() + "|" + one.topic(), record.timestamp(), one, 1);
    }

    @Override
    TopicPosts merge(TopicPosts gathered, TopicPosts more) {
        return gathered.plus(more);
    }
}
