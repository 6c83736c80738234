package dev.parley.triage;

import dev.parley.events.SocialPost;
import dev.parley.events.TriagedPost;
import dev.parley.triage.priority.PriorityScorer;
import dev.parley.triage.sentiment.SentimentModel;
import java.time.Clock;

/** Everything triage finds in one post. */
public class Triage {
    private final SentimentModel sentiment;
    private final PriorityScorer priority;
    private final Clock clock;

    public Triage(SentimentModel sentiment, PriorityScorer priority, Clock clock) {
        this.sentiment = sentiment;
        this.priority = priority;
        this.clock = clock;
    }

    public TriagedPost triage(SocialPost post) {
        SentimentModel.Classified found = sentiment.classify(post.text());
        return new TriagedPost(post, found.sentiment(), priority.score(post, found.sentiment()), found.model(),
                clock.instant());
    }
}
