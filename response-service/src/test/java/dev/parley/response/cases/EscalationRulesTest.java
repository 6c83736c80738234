package dev.parley.response.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Author;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.Priority;
import dev.parley.events.Risk;
import dev.parley.events.RiskKind;
import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.SocialPost;
import dev.parley.events.TriagedPost;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationRulesTest {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    private static Optional<Escalation> rule(long followers, Risk... risks) {
        SocialPost post = new SocialPost("x:1", "acme-air", Platform.X, "1", PostKind.PUBLIC_MENTION,
                new Author("a", "h", null, followers, false), "text", "en", T, T, null, "x:1", null);
        return EscalationRules.forPost(new TriagedPost(post, new Sentiment(SentimentLabel.NEGATIVE, -0.8, 0.9),
                new Priority(80, List.of()), "m", T, null, null, List.of(), null, null, null, List.of(risks)), T);
    }

    @Test
    void theHighestRiskDecidesTheLevel() {
        assertThat(rule(10, new Risk(RiskKind.LEGAL, "lawyer"), new Risk(RiskKind.MEDIA, "press")))
                .contains(new Escalation(EscalationLevel.LEGAL, "legal risk: \"lawyer\"", "rule", T));
        assertThat(rule(10, new Risk(RiskKind.MEDIA, "journalist"))).get().extracting(Escalation::level)
                .isEqualTo(EscalationLevel.CRISIS);
        assertThat(rule(10, new Risk(RiskKind.SAFETY, "smoke"))).get().extracting(Escalation::level)
                .isEqualTo(EscalationLevel.SUPERVISOR);
        assertThat(rule(250_000, new Risk(RiskKind.HEALTH, "insulin"))).get().extracting(Escalation::reason)
                .isEqualTo("influential author: 250000 followers");
        assertThat(rule(10)).isEmpty();
    }

    @Test
    void aBreachedSlaClimbsToTier2ThenTheSupervisor() {
        assertThat(EscalationLevel.afterBreach(null)).isEqualTo(EscalationLevel.TIER_2);
        assertThat(EscalationLevel.afterBreach(EscalationLevel.TIER_2)).isEqualTo(EscalationLevel.SUPERVISOR);
        assertThat(EscalationLevel.afterBreach(EscalationLevel.LEGAL)).isEqualTo(EscalationLevel.LEGAL);
    }
}
