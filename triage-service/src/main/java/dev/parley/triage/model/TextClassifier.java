package dev.parley.triage.model;

import java.util.List;

/** Labels a text with one of its labels, with a probability for each. */
public interface TextClassifier {

    /** Name and version, recorded on every post it labels. */
    String name();

    /** The labels it can give, in the order of {@link Prediction#probabilities()}. */
    List<String> labels();

    Prediction predict(String text);

    /**
     * @param label         the most likely label
     * @param probabilities one per label, in the order of {@link #labels()}
     */
    record Prediction(String label, double[] probabilities) {
    }
}
