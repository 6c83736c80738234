package dev.parley.triage.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.triage.config.TriageProperties;
import dev.parley.triage.feedback.CorrectionLog;
import dev.parley.triage.feedback.CorrectionLogTest;
import dev.parley.triage.model.LinearTextModel;
import dev.parley.triage.model.PathPolicy;
import dev.parley.triage.model.ReloadingClassifier;
import dev.parley.triage.model.Trainer;
import dev.parley.triage.sentiment.SentimentModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduledRetrainingTest {

    private static TriageProperties properties(Path model, Path base, int minNew) {
        return new TriageProperties(model, null, null, null, PathPolicy.Mode.NEVER, null, null, null, null, null, Set.of(), List.of(),
                new TriageProperties.Retrain(Duration.ofHours(6), base, "text", "label", minNew));
    }

    @Test
    void enoughNewCorrectionsReplaceTheModelFileAndTheServiceUsesItAtOnce(@TempDir Path dir) throws IOException {
        Path base = Files.writeString(dir.resolve("base.csv"), """
                text,label
                my bag is lost,negative
                the crew was lovely,positive
                what time is boarding,neutral
                """);
        Path model = dir.resolve("sentiment.model");
        Trainer.train(List.of(new Trainer.Example("bad", "negative"), new Trainer.Example("good", "positive")),
                "first", false, step -> { }).save(model);
        ReloadingClassifier sentiment = new ReloadingClassifier(null, model, LinearTextModel::load,
                SentimentModel::checkLabels);
        String before = sentiment.name();
        CorrectionLog corrections = new CorrectionLog();

        try (ScheduledRetraining retraining = new ScheduledRetraining(corrections, sentiment, properties(model, base, 2))) {
            corrections.add(CorrectionLogTest.correction("x:1", "stuck on the tarmac for hours", "neutral", "negative", Instant.now()));
            assertThat(retraining.retrainIfDue()).isFalse();

            corrections.add(CorrectionLogTest.correction("x:2", "the pilot kept us informed", "neutral", "positive", Instant.now()));
            assertThat(retraining.retrainIfDue()).isTrue();
        }

        assertThat(sentiment.name()).isNotEqualTo(before);
        assertThat(sentiment.labels()).containsExactly("negative", "neutral", "positive");
        assertThat(Files.list(dir)).noneMatch(file -> file.toString().endsWith(".partial"));
    }

    @Test
    void aScheduleNeedsAModelFileToReplace() {
        assertThatThrownBy(() -> properties(null, null, 1)).hasMessageContaining("needs parley.triage.model");
    }
}
