package dev.parley.triage.model;

import java.util.List;

/** Labels a text with one of its labels, with a probability for each. */
public interface TextClassifier {

    /** Name and version, recorded on every post it labels. */
    String name();

    /** The labels it can give, in the order of {@link Prediction#probabilities()}. */
    List<String> labels();

    Prediction predict(String text);

    /** Whether {@link #predictAccurately} is better than {@link #predict} (and slower). */
    default boolean hasAccuratePath() {
        return false;
    }

    /** The accurate path's prediction: sentence embeddings with the n-grams. Without one, {@link #predict}. */
    default Prediction predictAccurately(String text) {
        return predict(text);
    }

    /**
     * @param labels        the model's labels
     * @param label         the most likely label
     * @param probabilities one per label, in the order of {@code labels}
     */
    record Prediction(List<String> labels, String label, double[] probabilities) {

        /** The probability of {@code other}; 0 for a label the model does not know. */
        public double probability(String other) {
            int index = labels.indexOf(other);
            return index < 0 ? 0.0 : probabilities[index];
        }

        /** The probability of the most likely label. */
        public double confidence() {
            return probability(label);
        }
    }
}
