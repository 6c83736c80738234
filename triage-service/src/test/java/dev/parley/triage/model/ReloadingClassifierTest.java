package dev.parley.triage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.triage.sentiment.SentimentModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadingClassifierTest {
    static final List<Trainer.Example> NORMAL = List.of(new Trainer.Example("lost bag terrible", "negative"),
            new Trainer.Example("awful delay again", "negative"), new Trainer.Example("what time is boarding", "neutral"),
            new Trainer.Example("where is the gate", "neutral"), new Trainer.Example("thanks great crew", "positive"),
            new Trainer.Example("lovely flight thank you", "positive"));
    private static final TextClassifier FALLBACK = Trainer.train(NORMAL, "fallback", false, step -> { });

    static Path trained(Path file, List<Trainer.Example> examples, Instant version) throws IOException {
        Trainer.train(examples, "t", false, step -> { }).save(file);
        Files.setLastModifiedTime(file, FileTime.from(version));
        return file;
    }

    private static ReloadingClassifier sentiment(Path file) {
        return new ReloadingClassifier(FALLBACK, file, LinearTextModel::load, SentimentModel::checkLabels);
    }

    @Test
    void withoutAFileTheFallbackLabelsPosts() {
        assertThat(sentiment(null).name()).isEqualTo("fallback");
    }

    @Test
    void aNewerFileIsPickedUpAndAnUnusableOneLeavesTheCurrentModel(@TempDir Path dir) throws IOException {
        Path file = trained(dir.resolve("sentiment.model"), NORMAL, Instant.parse("2026-11-22T10:00:00Z"));
        ReloadingClassifier model = sentiment(file);
        assertThat(model.name()).isEqualTo("linear:sentiment.model@2026-11-22T10:00:00Z");

        List<Trainer.Example> flipped = NORMAL.stream().map(e -> new Trainer.Example(e.text(),
                e.label().equals("negative") ? "positive" : e.label().equals("positive") ? "negative" : "neutral")).toList();
        trained(file, flipped, Instant.parse("2026-11-22T11:00:00Z"));
        assertThat(model.reloadIfChanged()).isTrue();
        assertThat(model.name()).isEqualTo("linear:sentiment.model@2026-11-22T11:00:00Z");
        assertThat(model.predict("lost bag terrible").label()).isEqualTo("positive");

        Files.writeString(file, "half-copied file");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-22T12:00:00Z")));
        assertThat(model.reloadIfChanged()).isFalse();
        assertThat(model.lastProblem()).contains("is not a Parley triage model");
        assertThat(model.name()).endsWith("@2026-11-22T11:00:00Z");
    }

    @Test
    void aFileThatCannotBeUsedStopsTheStartWithTheReason(@TempDir Path dir) throws IOException {
        Path intents = trained(dir.resolve("intent.model"), List.of(new Trainer.Example("where is my bag", "question"),
                new Trainer.Example("you lost my bag", "complaint")), Instant.parse("2026-11-22T10:00:00Z"));

        assertThatThrownBy(() -> sentiment(intents))
                .hasMessageContaining("cannot be used").hasMessageContaining("'complaint' is not one of");
        assertThatThrownBy(() -> sentiment(dir.resolve("missing.model"))).hasMessageContaining("missing.model");
    }
}
