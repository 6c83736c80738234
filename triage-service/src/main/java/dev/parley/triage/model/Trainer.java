package dev.parley.triage.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Trains the fast path on labelled examples: inverse document frequencies from the examples, then
 * L2-regularised logistic regression (liblinear), one-vs-rest over the labels found.
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
     * @param progress told what is happening, for long trainings
     * @throws IllegalArgumentException with fewer than two labels
     */
    public static LinearTextModel train(List<Example> examples, String name, Consumer<String> progress) {
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
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = TextFeatures.DIMENSIONS + 1;
        problem.bias = BIAS;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            problem.x[i] = LinearTextModel.features(TextFeatures.vector(examples.get(i).text(), idf));
            problem.y[i] = classOf.get(examples.get(i).label());
        }
        progress.accept("fitting logistic regression over " + labels.size() + " labels " + labels);
        Linear.disableDebugOutput();
        return new LinearTextModel(name, labels, idf,
                Linear.train(problem, new Parameter(SolverType.L2R_LR, COST, 0.01)));
    }
}
