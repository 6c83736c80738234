package dev.parley.triage.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Trains on labelled examples: inverse document frequencies from the examples, then L2-regularised
 * logistic regression (liblinear), one-vs-rest over the labels found. The fast path sees the n-grams; the
 * accurate path, when asked for, sees the n-grams and the text's sentence embedding.
 */
public final class Trainer {
    static final double BIAS = 1.0;
    /** Inverse regularisation; a few values tried on held-out tweets, this one did best. */
    static final double COST = 4.0;

    private Trainer() {
    }

    /** One labelled text. */
    public record Example(String text, String label) {
    }

    /**
     * @param accurate also train the accurate path (embeds every example: about a minute per 10,000 on 2 cores)
     * @param progress told what is happening, for long trainings
     * @throws IllegalArgumentException with fewer than two labels
     */
    public static LinearTextModel train(List<Example> examples, String name, boolean accurate, Consumer<String> progress) {
        List<String> labels = List.copyOf(new TreeSet<>(examples.stream().map(Example::label).toList()));
        if (labels.size() < 2) {
            throw new IllegalArgumentException("training needs at least two labels, found " + labels);
        }
        progress.accept("counting features of " + examples.size() + " examples");
        int[] documentFrequency = new int[TextFeatures.DIMENSIONS];
        for (Example example : examples) {
            for (int slot : TextFeatures.distinctSlots(example.text())) {
                documentFrequency[slot]++;
            }
        }
        float[] idf = new float[TextFeatures.DIMENSIONS];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = (float) (Math.log((1.0 + examples.size()) / (1.0 + documentFrequency[i])) + 1);
        }
        progress.accept("building vectors");
        Map<String, Integer> classOf = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            classOf.put(labels.get(i), i);
        }
        double[] classes = examples.stream().mapToDouble(e -> classOf.get(e.label())).toArray();
        TextFeatures.Vector[] vectors = examples.stream().map(e -> TextFeatures.vector(e.text(), idf))
                .toArray(TextFeatures.Vector[]::new);
        Feature[][] fast = new Feature[vectors.length][];
        for (int i = 0; i < vectors.length; i++) {
            fast[i] = LinearTextModel.fastFeatures(vectors[i]);
        }
        progress.accept("fitting the fast path: logistic regression over " + labels.size() + " labels " + labels);
        Model fastModel = fit(fast, classes, LinearTextModel.FAST_WIDTH);
        Model accurateModel = null;
        if (accurate) {
            List<float[]> embeddings = SentenceEmbedder.shared()
                    .embedAll(examples.stream().map(Example::text).toList(), progress);
            Feature[][] both = new Feature[vectors.length][];
            for (int i = 0; i < vectors.length; i++) {
                both[i] = LinearTextModel.accurateFeatures(vectors[i], embeddings.get(i));
            }
            progress.accept("fitting the accurate path: n-grams and " + SentenceEmbedder.NAME + " embeddings");
            accurateModel = fit(both, classes, LinearTextModel.ACCURATE_WIDTH);
        }
        return new LinearTextModel(name, labels, idf, fastModel, accurateModel, SentenceEmbedder::shared);
    }

    private static Model fit(Feature[][] x, double[] y, int width) {
        Problem problem = new Problem();
        problem.l = x.length;
        problem.n = width;
        problem.bias = BIAS;
        problem.x = x;
        problem.y = y;
        Linear.disableDebugOutput();
        Linear.resetRandom();
        return Linear.train(problem, new Parameter(SolverType.L2R_LR, COST, 0.01));
    }
}
