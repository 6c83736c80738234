package dev.parley.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Topic;
import dev.parley.testing.SharedKafka;
import dev.parley.testing.TopicWriter;
import dev.parley.triage.model.LinearTextModel;
import dev.parley.triage.model.Trainer;
import dev.parley.triage.model.TrainerTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The command-line contract of ./parley triage, on CSV with quoted multi-line fields and on JSON Lines. */
class TriageCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return TriageCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path csv(Path dir, String name, List<Trainer.Example> examples) throws IOException {
        return Files.writeString(dir.resolve(name), "id,tweet,airline_sentiment\n" + examples.stream()
                .map(e -> "1,\"" + e.text().replace("\"", "\"\"").replace("! ", "!\n") + "\"," + e.label())
                .collect(Collectors.joining("\n")) + "\n2,,negative\n");
    }

    private Map<String, Object> lastLineJson() {
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        return JsonMapper.builder().build().readValue(lines.get(lines.size() - 1), new TypeReference<Map<String, Object>>() { });
    }

    @Test
    void trainsThenEvaluatesEndingWithOneJsonLine(@TempDir Path dir) throws IOException {
        Path train = csv(dir, "train.csv", TrainerTest.examples(600, 11));
        Path test = csv(dir, "test.csv", TrainerTest.examples(150, 12));
        Path model = dir.resolve("sentiment.model");

        assertThat(run("train", "--input", train.toString(), "--text-column", "tweet", "--label-column",
                "airline_sentiment", "--out", model.toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Read 600 labelled examples", "1 rows without text",
                "fitting the fast path", "model written to");
        assertThat(run("evaluate", "--input", test.toString(), "--text-column", "tweet", "--label-column",
                "airline_sentiment", "--model", model.toString())).isZero();

        Map<String, Object> json = lastLineJson();
        assertThat(json).containsKeys("accuracy", "macroF1", "n", "perClass", "confusion");
        assertThat(json.get("n")).isEqualTo(150);
        assertThat((double) json.get("accuracy")).isGreaterThan(0.95);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Model linear:sentiment.model@").contains(" on 150 examples");
    }

    /**
     * The shipped default on the project's own labelled fixture (96 support posts to brands that are not in its
     * training examples, written separately; 50% negative, 32% neutral, 18% positive).
     */
    @Test
    void theShippedDefaultOnTheProjectsFixtureSet() {
        String fixture = Path.of("src/test/resources/fixtures/support-posts.csv").toString();

        assertThat(run("evaluate", "--input", fixture, "--text-column", "text", "--label-column", "label", "--path", "fast"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Model default-sentiment@", "on 96 examples");
        Map<String, Object> fast = lastLineJson();
        assertThat(fast).containsEntry("n", 96);
        assertThat((double) fast.get("accuracy")).isGreaterThanOrEqualTo(0.8);

        out.reset();
        assertThat(run("evaluate", "--input", fixture, "--text-column", "text", "--label-column", "label")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("path when-unsure", "took the accurate path");
        Map<String, Object> whenUnsure = lastLineJson();
        assertThat((double) whenUnsure.get("accuracy")).isGreaterThanOrEqualTo(0.9);
        assertThat((double) whenUnsure.get("macroF1")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void theAccuratePathIsTrainedOnRequestAndSavedWithTheModel(@TempDir Path dir) throws IOException {
        Path train = Files.writeString(dir.resolve("train.jsonl"), TrainerTest.examples(120, 21).stream()
                .map(e -> "{\"text\": \"" + e.text().replace("\"", "\\\"") + "\", \"sentiment\": \"" + e.label() + "\"}")
                .collect(Collectors.joining("\n")));
        Path model = dir.resolve("both.model");

        assertThat(run("train", "--input", train.toString(), "--text-column", "text", "--label-column", "sentiment",
                "--accurate", "--out", model.toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("embedded 120 of 120 texts", "fitting the accurate path");
        assertThat(run("evaluate", "--input", train.toString(), "--text-column", "text", "--label-column", "sentiment",
                "--model", model.toString(), "--path", "accurate")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("path always: 120 took the accurate path");
        assertThat((double) lastLineJson().get("accuracy")).isGreaterThan(0.95);
    }

    @Test
    void retrainLaysTheAgentsCorrectionsFromTheFeedbackTopicOverTheBaseFile(@TempDir Path dir) throws IOException {
        String kafka = SharedKafka.bootstrapServersWithCatalogTopics();
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            TopicWriter.send(kafka, Topic.TRIAGE_FEEDBACK.topicName(), "x:" + marker + i + "|sentiment", """
                    {"postId":"x:%s%d","brand":"acme-air","text":"%s flight %d","field":"sentiment","modelValue":"neutral",
                     "agentValue":"negative","model":"default","agent":"agent-7","correctedAt":"2026-11-22T10:00:00Z"}"""
                    .formatted(marker, i, marker, i));
        }
        TopicWriter.send(kafka, Topic.TRIAGE_FEEDBACK.topicName(), "junk", "not json");
        Path base = csv(dir, "base.csv", TrainerTest.examples(300, 31));
        Path model = dir.resolve("retrained.model");

        assertThat(run("retrain", "--bootstrap-servers", kafka, "--out", model.toString(), "--input", base.toString(),
                "--text-column", "tweet", "--label-column", "airline_sentiment")).isZero();

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unreadable records skipped", "agents' sentiment labels",
                "replaced");
        assertThat(LinearTextModel.load(model).predict(marker + " flight 7").label()).isEqualTo("negative");
    }

    @Test
    void badUsageSaysWhatIsWrong(@TempDir Path dir) throws IOException {
        Path file = csv(dir, "x.csv", TrainerTest.examples(10, 14));

        assertThat(run("evaluate", "--input", file.toString(), "--text-column", "text", "--label-column", "label"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("has no column 'text'; its columns are [id, tweet, airline_sentiment]");
        assertThat(run("predict")).isEqualTo(2);
        assertThat(run("train", "--input", file.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--text-column is required", "usage: ./parley triage");
    }
}
