package dev.parley.triage.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.events.IntentLabel;
import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.triage.model.Evaluation;
import dev.parley.triage.model.LabelledFiles;
import dev.parley.triage.model.LinearTextModel;
import dev.parley.triage.model.PathPolicy;
import dev.parley.triage.model.ReloadingClassifier;
import dev.parley.triage.model.Trainer;
import dev.parley.triage.sentiment.DefaultSentimentModel;
import dev.parley.triage.sentiment.SentimentModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentDetectorTest {
    private static final Sentiment NEGATIVE = new Sentiment(SentimentLabel.NEGATIVE, -0.8, 0.9);
    private static final Sentiment NEUTRAL = new Sentiment(SentimentLabel.NEUTRAL, 0, 0.8);
    private static final Sentiment POSITIVE = new Sentiment(SentimentLabel.POSITIVE, 0.8, 0.9);
    private final IntentDetector rules = new IntentDetector(null);

    @Test
    void rulesReadTheWordingAndTheSentiment() {
        assertThat(rules.detect("@AcmeAir my flight is delayed again, worst service", NEGATIVE).label())
                .isEqualTo(IntentLabel.COMPLAINT);
        assertThat(rules.detect("@AcmeAir what's the baggage allowance to Lisbon?", NEUTRAL).label())
                .isEqualTo(IntentLabel.QUESTION);
        assertThat(rules.detect("@AcmeAir please send me the receipt for my trip", NEUTRAL).label())
                .isEqualTo(IntentLabel.REQUEST);
        assertThat(rules.detect("@AcmeAir thank you, the crew were lovely", POSITIVE).label())
                .isEqualTo(IntentLabel.PRAISE);
        assertThat(rules.detect("@AcmeAir it would be nice if the app showed the gate earlier", NEUTRAL).label())
                .isEqualTo(IntentLabel.FEEDBACK);
        assertThat(rules.detect("@AcmeAir flying to Denver tomorrow", NEUTRAL).label()).isEqualTo(IntentLabel.OTHER);
    }

    /** The rules with the shipped default sentiment (fast path) on the project's labelled fixture set. */
    @Test
    void onTheProjectsFixtureSet() throws IOException {
        LabelledFiles.Examples fixture = LabelledFiles.read(Path.of("src/test/resources/fixtures/support-posts.csv"),
                "text", "intent");
        SentimentModel sentiment = new SentimentModel(new ReloadingClassifier(DefaultSentimentModel.get(false), null,
                LinearTextModel::load, SentimentModel::checkLabels), PathPolicy.FAST_ONLY);

        Evaluation evaluation = Evaluation.of(fixture.examples().stream().map(Trainer.Example::label).toList(),
                fixture.examples().stream().map(e -> rules.detect(e.text(), sentiment.classify(e.text()).sentiment())
                        .label().wireName()).toList());

        System.out.print(evaluation.report());
        assertThat(evaluation.accuracy()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aTrainedIntentModelDecidesWhenSure() {
        List<Trainer.Example> examples = List.of(new Trainer.Example("is my seat confirmed", "question"),
                new Trainer.Example("is the lounge open", "question"),
                new Trainer.Example("add more vegan meals", "feedback"),
                new Trainer.Example("add more legroom in economy", "feedback"));
        IntentDetector learned = new IntentDetector(Trainer.train(examples, "intents", false, step -> { }));

        assertThat(learned.detect("add more vegan snacks", NEUTRAL).label()).isEqualTo(IntentLabel.FEEDBACK);
    }

    @Test
    void aModelOfOtherLabelsIsRefused() {
        List<Trainer.Example> sentiments = List.of(new Trainer.Example("bad", "negative"),
                new Trainer.Example("good", "positive"));
        assertThatThrownBy(() -> new IntentDetector(Trainer.train(sentiments, "s", false, step -> { })))
                .hasMessageContaining("'negative' is not one of");
    }
}
