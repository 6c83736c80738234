package dev.parley.triage.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.TriageCorrection;
import dev.parley.events.TriageCorrection.CorrectedField;
import dev.parley.triage.model.Trainer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class CorrectionLogTest {
    static final Instant DAY1 = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant DAY2 = Instant.parse("2026-11-21T09:00:00Z");

    public static TriageCorrection correction(String post, String text, String model, String agent, Instant at) {
        return new TriageCorrection(post, "acme-air", text, CorrectedField.SENTIMENT, model, agent, "default-sentiment@1",
                "agent-7", at);
    }

    @Test
    void theLatestCorrectionOfAPostsFieldWinsWhateverTheOrderTheyArrive() {
        CorrectionLog log = new CorrectionLog();
        log.add(correction("x:1", "bag lost", "neutral", "negative", DAY2));
        log.add(correction("x:1", "bag lost", "neutral", "positive", DAY1));
        log.add(new TriageCorrection("x:1", "acme-air", "bag lost", CorrectedField.INTENT, "other", "complaint", "rules",
                "agent-7", DAY1));

        assertThat(log.size()).isEqualTo(2);
        assertThat(log.examples(CorrectedField.SENTIMENT)).containsExactly(new Trainer.Example("bag lost", "negative"));
        assertThat(log.examples(CorrectedField.INTENT)).containsExactly(new Trainer.Example("bag lost", "complaint"));
    }

    @Test
    void agentsLabelsOverrideTheBaseExamplesOfTheSameText() {
        CorrectionLog log = new CorrectionLog();
        log.add(correction("x:1", "is it raining in Lisbon", "negative", "neutral", DAY1));
        log.add(correction("x:2", "new text", "neutral", "positive", DAY1));

        assertThat(log.overlay(List.of(new Trainer.Example("is it raining in Lisbon", "negative"),
                new Trainer.Example("great crew", "positive")), CorrectedField.SENTIMENT))
                .containsExactly(new Trainer.Example("is it raining in Lisbon", "neutral"),
                        new Trainer.Example("great crew", "positive"), new Trainer.Example("new text", "positive"));
    }

    @Test
    void driftShowsHowOftenAgentsDisagreePerDayAndPerModelLabel() {
        CorrectionLog log = new CorrectionLog();
        log.add(correction("x:1", "a", "neutral", "negative", DAY1));
        log.add(correction("x:2", "b", "neutral", "neutral", DAY1));
        log.add(correction("x:3", "c", "positive", "negative", DAY2));
        log.add(correction("x:4", "d", "neutral", "negative", DAY2));
        log.add(correction("x:5", "e", "neutral", "negative", DAY2.plusSeconds(86_400 * 5)));

        Drift drift = log.drift(CorrectedField.SENTIMENT, DAY1.minusSeconds(3600), DAY2.plusSeconds(3600));

        assertThat(drift.overall()).isEqualTo(new Drift.Share(4, 3, 0.75));
        assertThat(drift.days()).containsExactly(new Drift.Day(LocalDate.parse("2026-11-20"), new Drift.Share(2, 1, 0.5)),
                new Drift.Day(LocalDate.parse("2026-11-21"), new Drift.Share(2, 2, 1.0)));
        assertThat(drift.labels()).containsExactly(
                new Drift.Label("neutral", new Drift.Share(3, 2, 0.667), Map.of("negative", 2L)),
                new Drift.Label("positive", new Drift.Share(1, 1, 1.0), Map.of("negative", 1L)));
    }
}
