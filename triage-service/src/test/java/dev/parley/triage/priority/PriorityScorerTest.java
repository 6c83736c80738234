package dev.parley.triage.priority;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Author;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.Priority;
import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.SocialPost;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PriorityScorerTest {
    private final PriorityScorer scorer = new PriorityScorer();

    private static SocialPost post(String text, long followers, boolean verified, PostKind kind) {
        Instant t = Instant.parse("2026-11-22T10:00:00Z");
        return new SocialPost("x:1", "acme-air", Platform.X, "1", kind, new Author("a", "h", "n", followers, verified),
                text, "en", t, t, null, "x:1", null);
    }

    @Test
    void aCalmQuestionFromAnOrdinaryCustomerGetsTheBaseScore() {
        Priority p = scorer.score(post("what time is boarding?", 10, false, PostKind.PUBLIC_MENTION),
                new Sentiment(SentimentLabel.NEUTRAL, 0, 0.5));

        assertThat(p.score()).isEqualTo(20);
        assertThat(p.reasons()).containsExactly("no urgency signals (base 20)");
    }

    @Test
    void angerRiskAndInfluenceAddUpWithTheirReasons() {
        Priority p = scorer.score(post("I will call my lawyer", 250_000, true, PostKind.DIRECT_MESSAGE),
                new Sentiment(SentimentLabel.NEGATIVE, -0.8, 0.9));

        assertThat(p.score()).isEqualTo(100);
        assertThat(p.reasons()).containsExactly("negative sentiment (+24)", "risk terms: legal, safety or media (+25)",
                "250000 followers (+20)", "verified author (+10)", "direct message (+5)");
    }
}
