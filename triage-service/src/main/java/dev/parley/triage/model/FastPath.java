package dev.parley.triage.model;

import de.bwaldvogel.liblinear.Model;

/**
 * The fast path's logistic regression, evaluated as liblinear's {@code Linear.predictProbability} evaluates it (the
 * same sums in the same order: the same probabilities and label) with the weights laid out for one post's look-ups.
 * A post has about 300 n-gram slots scattered over {@link TextFeatures#DIMENSIONS}; through liblinear each cost a
 * read of the idf array, a read of liblinear's weights elsewhere, and a feature object. Here each slot's idf and its
 * weight for every class lie side by side (one memory read a slot, most of the time one cache line), and nothing is
 * allocated per feature. Built once per model, beside liblinear's own (which saving a model needs): a second copy of
 * the weights, 8 MB for three classes (2 MB more a class).
 */
final class FastPath {
    /** Weights a feature has: one per class, or one alone for two classes (liblinear's {@code nr_w}). */
    private final int weights;
    private final int stride;
    /** Slot {@code s}'s idf (1 without idf) at {@code s * stride}, its class weights after it. */
    private final double[] rows;
    private final double[] biasWeights;
    private final int[] classes;

    FastPath(Model model, float[] idf) {
        this.classes = model.getLabels();
        this.weights = classes.length == 2 ? 1 : classes.length;
        double[] w = model.getFeatureWeights();
        if (w.length != LinearTextModel.FAST_WIDTH * weights) {
            throw new IllegalArgumentException("the fast path has " + w.length + " weights, expected "
                    + LinearTextModel.FAST_WIDTH * weights);
        }
        this.stride = 1 + weights;
        this.rows = new double[TextFeatures.DIMENSIONS * stride];
        for (int slot = 0; slot < TextFeatures.DIMENSIONS; slot++) {
            rows[slot * stride] = idf == null ? 1 : idf[slot];
            System.arraycopy(w, slot * weights, rows, slot * stride + 1, weights);
        }
        this.biasWeights = new double[weights];
        System.arraycopy(w, (LinearTextModel.FAST_WIDTH - 1) * weights, biasWeights, 0, weights);
    }

    /**
     * Fills {@code byLabel} with each label's probability (liblinear's classes are the labels' indices) and returns
     * the index of the most likely label.
     */
    int predict(String text, double[] byLabel) {
        double[] decision = decisionValues(text);
        if (classes.length == 2) {
            double first = 1 / (1 + Math.exp(-decision[0]));
            byLabel[classes[0]] = first;
            byLabel[classes[1]] = 1. - first;
            return decision[0] > 0 ? classes[0] : classes[1];
        }
        double[] probabilities = new double[weights];
        int best = 0;
        double sum = 0;
        for (int c = 0; c < weights; c++) {
            if (decision[c] > decision[best]) {
                best = c;
            }
            probabilities[c] = 1 / (1 + Math.exp(-decision[c]));
            sum += probabilities[c];
        }
        for (int c = 0; c < weights; c++) {
            byLabel[classes[c]] = probabilities[c] / sum;
        }
        return classes[best];
    }

    /** liblinear's sums over the text's {@link TextFeatures#vector} (its idf read from the rows) and the bias. */
    private double[] decisionValues(String text) {
        TextFeatures.Vector vector = TextFeatures.vector(text, slot -> rows[slot * stride]);
        double[] decision = new double[weights];
        for (int i = 0; i < vector.slots().length; i++) {
            int row = vector.slots()[i] * stride + 1;
            for (int c = 0; c < weights; c++) {
                decision[c] += rows[row + c] * vector.values()[i];
            }
        }
        for (int c = 0; c < weights; c++) {
            decision[c] += biasWeights[c] * Trainer.BIAS;
        }
        return decision;
    }
}
