package dev.parley.triage;

import dev.parley.events.Sentiment;
import dev.parley.events.SocialPost;
import dev.parley.events.TriagedPost;
import dev.parley.triage.priority.PriorityScorer;
import dev.parley.triage.sentiment.LexiconSentimentClassifier;
import java.time.Clock;

/** Everything triage finds in one post. */
public class Triage {
    private final LexiconSentimentClassifier sentiment;
    private final PriorityScorer priority;
    private final Clock clock;

    public Triage(LexiconSentimentClassifier sentiment, PriorityScorer priority, Clock clock) {
        this.sentiment = sentiment;
        this.priority = priority;
        this.clock = clock;
    }

    public TriagedPost triage(SocialPost post) {
        Sentiment found = sentiment.classify(post.text());
        return new TriagedPost(post, found, priority.score(post, found), LexiconSentimentClassifier.MODEL,
                clock.instant());
    }
}
