package dev.parley.triage.sentiment;

import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.WireEnum;
import dev.parley.triage.model.PathPolicy;
import dev.parley.triage.model.ReloadingClassifier;
import dev.parley.triage.model.TextClassifier;
import java.time.Duration;
import java.util.List;

/**
 * The sentiment of a post by the model in use now (the shipped default or the organisation's file, reloaded
 * when it changes), on the fast path or, as the policy says, the accurate one.
 */
public class SentimentModel {
    /** Appended to the model name of posts the accurate path decided. */
    public static final String ACCURATE_SUFFIX = "+accurate";

    private final ReloadingClassifier classifier;
    private final PathPolicy policy;

    public SentimentModel(ReloadingClassifier classifier, PathPolicy policy) {
        this.classifier = classifier;
        this.policy = policy;
    }

    /** Refuses models whose labels are not sentiments. */
    public static void checkLabels(List<String> labels) {
        labels.forEach(label -> WireEnum.parse(SentimentLabel.class, label));
    }

    /** A sentiment and the model (name and version) that found it. */
    public record Classified(Sentiment sentiment, String model) {
    }

    /** score = P(positive) − P(negative), confidence = P(label). */
    public Classified classify(String text) {
        return classify(text, Duration.ZERO);
    }

    /** As {@link #classify(String)}, for a post that has waited {@code waited} (the policy may then skip the accurate path). */
    public Classified classify(String text, Duration waited) {
        TextClassifier model = classifier.current();
        PathPolicy.Decision decision = policy.predict(model, text, waited);
        TextClassifier.Prediction prediction = decision.prediction();
        double score = prediction.probability("positive") - prediction.probability("negative");
        return new Classified(new Sentiment(WireEnum.parse(SentimentLabel.class, prediction.label()),
                round(score), round(prediction.confidence())),
                decision.accurate() ? model.name() + ACCURATE_SUFFIX : model.name());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
