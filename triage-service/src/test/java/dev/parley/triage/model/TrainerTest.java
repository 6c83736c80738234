package dev.parley.triage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class TrainerTest {
    static final String[] NEGATIVE = {"my bag is lost again", "two hours on hold and nobody answers",
            "flight cancelled with no notice", "charged twice for one ticket", "worst service ever",
            "still waiting for my refund", "the app crashes every time", "rude staff at the gate"};
    static final String[] NEUTRAL = {"what time does boarding open", "can I change the name on my booking",
            "is there wifi on the evening flight", "how do I add a bag", "where do I find my booking reference",
            "do you fly to Porto in winter", "which terminal is the Lisbon flight", "can I bring my bike"};
    static final String[] POSITIVE = {"thanks for the quick help", "the crew were lovely", "great flight today",
            "love the new seats", "sorted in five minutes, thank you", "best airline I have flown",
            "amazing service in Madrid", "you made my day"};
    static final String[] OPENERS = {"@AcmeAir ", "", "hey @acmeair ", "@AcmeAir @AcmeHelp "};
    static final String[] CLOSERS = {"", "!", " #travel", " 🙏", " https://t.co/x1", "..."};

    /** Labelled examples assembled from the phrases above, in random order. */
    public static List<Trainer.Example> examples(int count, long seed) {
        Random random = new Random(seed);
        List<Trainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int label = random.nextInt(3);
            String[] phrases = label == 0 ? NEGATIVE : label == 1 ? NEUTRAL : POSITIVE;
            String text = OPENERS[random.nextInt(OPENERS.length)] + phrases[random.nextInt(phrases.length)]
                    + CLOSERS[random.nextInt(CLOSERS.length)];
            examples.add(new Trainer.Example(text, label == 0 ? "negative" : label == 1 ? "neutral" : "positive"));
        }
        return examples;
    }

    @Test
    void learnsTheLabelsAndPredictsHeldOutTexts() {
        LinearTextModel model = Trainer.train(examples(600, 1), "test", false, step -> { });
        List<Trainer.Example> heldOut = examples(200, 2);

        Evaluation evaluation = Evaluation.of(heldOut.stream().map(Trainer.Example::label).toList(),
                heldOut.stream().map(e -> model.predict(e.text()).label()).toList());

        assertThat(model.labels()).containsExactly("negative", "neutral", "positive");
        assertThat(evaluation.accuracy()).isGreaterThan(0.95);
        TextClassifier.Prediction prediction = model.predict("@AcmeAir my bag is lost again");
        assertThat(prediction.label()).isEqualTo("negative");
        assertThat(prediction.probabilities()[0]).isGreaterThan(0.5);
        assertThat(prediction.probabilities()[0] + prediction.probabilities()[1] + prediction.probabilities()[2])
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aSavedModelPredictsExactlyAsBefore(@TempDir Path dir) throws IOException {
        LinearTextModel model = Trainer.train(examples(300, 3), "test", false, step -> { });
        Path file = dir.resolve("model.zip");

        model.save(file);
        LinearTextModel loaded = LinearTextModel.load(file);

        for (Trainer.Example example : examples(50, 4)) {
            assertThat(loaded.predict(example.text()).probabilities())
                    .containsExactly(model.predict(example.text()).probabilities());
        }
        assertThat(loaded.name()).startsWith("linear:model.zip@");
    }

    @Test
    void aFileThatIsNotAModelIsRefusedWithWhatIsMissing(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThatThrownBy(() -> LinearTextModel.load(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("is not a Parley triage model");
    }

    @Test
    void oneLabelIsNotEnoughToTrain() {
        assertThatThrownBy(() -> Trainer.train(List.of(new Trainer.Example("a", "x"), new Trainer.Example("b", "x")),
                "t", false, step -> { })).hasMessageContaining("at least two labels");
    }
}
