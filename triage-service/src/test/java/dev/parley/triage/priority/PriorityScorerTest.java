package dev.parley.triage.priority;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Author;
import dev.parley.events.Engagement;
import dev.parley.events.Feeling;
import dev.parley.events.Feelings;
import dev.parley.events.Intent;
import dev.parley.events.IntentLabel;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.Priority;
import dev.parley.events.Screening;
import dev.parley.events.ScreeningLabel;
import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.SocialPost;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriorityScorerTest {
    private static final Instant POSTED = Instant.parse("2026-11-22T10:00:00Z");
    private static final Feelings CALM = new Feelings(List.of(), false);
    private static final Sentiment NEUTRAL = new Sentiment(SentimentLabel.NEUTRAL, 0, 0.5);
    private final PriorityScorer scorer = new PriorityScorer(Set.of("ceo-of-globex"));

    private static SocialPost post(String text, Author author, PostKind kind) {
        return new SocialPost("x:1", "acme-air", Platform.X, "1", kind, author, text, "en", POSTED, POSTED, null, "x:1", null);
    }

    /** Scores a post with the risks the scorer finds in it, as triage does. */
    private Priority score(SocialPost post, Sentiment sentiment, Feelings feelings, Intent intent, Screening screening,
                           Instant now) {
        return scorer.score(post, sentiment, feelings, intent, screening, scorer.risks(post), now);
    }

    private static Author ordinary() {
        return new Author("a", "sam", null, 10, false);
    }

    @Test
    void aCalmQuestionAnsweredAtOnceGetsTheBaseAndItsIntent() {
        Priority p = score(post("what time is boarding?", ordinary(), PostKind.PUBLIC_MENTION), NEUTRAL, CALM,
                new Intent(IntentLabel.QUESTION, 0.8), Screening.RELEVANT, POSTED);

        assertThat(p.score()).isEqualTo(25);
        assertThat(p.reasons()).containsExactly("question (+5)", "base 20");
    }

    @Test
    void everySignalAddsItsPointsAndTheReasonsComeLargestFirst() {
        SocialPost post = post("I'm stranded, my insulin is in the lost bag and I will call my lawyer",
                new Author("a", "sam", null, 250_000, true), PostKind.DIRECT_MESSAGE)
                .withEngagement(new Engagement(400, 60, 80));
        Feelings angry = new Feelings(List.of(new Feelings.FeelingScore(Feeling.ANGER, 0.9, List.of("lawyer"))), false);

        Priority p = score(post, new Sentiment(SentimentLabel.NEGATIVE, -0.8, 0.9), angry,
                new Intent(IntentLabel.COMPLAINT, 0.9), Screening.RELEVANT, POSTED.plusSeconds(45 * 60));

        assertThat(p.score()).isEqualTo(100);
        assertThat(p.reasons()).containsExactly("legal risk: \"lawyer\" (+25)", "negative sentiment (+24)",
                "health risk: \"insulin\" (+20)", "250,000 followers (+20)", "urgent: \"stranded\" (+15)",
                "140 shares and replies (+15)", "anger [lawyer] (+10)", "complaint (+10)", "verified author (+10)",
                "waiting 45 min (+9)", "direct message (+5)", "base 20");
    }

    @Test
    void vipsComeFirstAndPraiseCanWait() {
        Priority vip = score(post("thanks!", new Author("9", "ceo-of-globex", null, 10, false), PostKind.COMMENT),
                new Sentiment(SentimentLabel.POSITIVE, 0.9, 0.9), CALM, new Intent(IntentLabel.PRAISE, 0.9),
                Screening.RELEVANT, POSTED);

        assertThat(vip.reasons()).containsExactly("VIP customer (+25)", "praise (-10)", "base 20");
        assertThat(vip.score()).isEqualTo(35);
    }

    @Test
    void spamIsCappedLowWithTheScreeningReasonFirst() {
        Priority p = score(post("URGENT lawyer crypto giveaway", ordinary(), PostKind.PUBLIC_MENTION), NEUTRAL,
                CALM, new Intent(IntentLabel.OTHER, 0.5), new Screening(ScreeningLabel.SPAM, "promotion or scam wording"),
                POSTED);

        assertThat(p.score()).isEqualTo(PriorityScorer.SCREENED_OUT_CAP);
        assertThat(p.reasons().get(0)).isEqualTo("spam: promotion or scam wording (capped at 10)");
    }
}
