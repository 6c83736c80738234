package dev.parley.triage.model;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path gives exactly what liblinear's own evaluation gives, for three classes and for two. */
class FastPathTest {
    private static final List<String> LABELS = List.of("negative", "neutral", "positive");

    @Test
    void threeClassesWithIdfGiveLiblinearsProbabilitiesAndLabels() {
        float[] idf = randomIdf(5);
        List<Trainer.Example> examples = TrainerTest.examples(400, 6);
        Model model = train(examples, idf, false);

        assertSameAsLiblinear(model, idf, texts());
    }

    @Test
    void twoClassesWithoutIdfGiveLiblinearsProbabilitiesAndLabels() {
        List<Trainer.Example> examples = TrainerTest.examples(400, 7).stream()
                .filter(e -> !e.label().equals("neutral")).toList();
        Model model = train(examples, null, true);

        assertThat(model.getNrClass()).isEqualTo(2);
        assertSameAsLiblinear(model, null, texts());
    }

    private static void assertSameAsLiblinear(Model model, float[] idf, List<String> texts) {
        FastPath fast = new FastPath(model, idf);
        for (String text : texts) {
            double[] expected = new double[model.getNrClass()];
            int expectedClass = (int) Linear.predictProbability(model,
                    LinearTextModel.fastFeatures(TextFeatures.vector(text, idf)), expected);
            double[] byLabel = new double[LABELS.size()];

            int predicted = fast.predict(text, byLabel);

            assertThat(predicted).as(text).isEqualTo(expectedClass);
            int[] classes = model.getLabels();
            for (int i = 0; i < classes.length; i++) {
                assertThat(byLabel[classes[i]]).as(text).isEqualTo(expected[i]);
            }
        }
    }

    private static Model train(List<Trainer.Example> examples, float[] idf, boolean twoClasses) {
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = LinearTextModel.FAST_WIDTH;
        problem.bias = Trainer.BIAS;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            problem.x[i] = LinearTextModel.fastFeatures(TextFeatures.vector(examples.get(i).text(), idf));
            int label = LABELS.indexOf(examples.get(i).label());
            problem.y[i] = twoClasses ? label / 2 : label;
        }
        Linear.disableDebugOutput();
        return Linear.train(problem, new Parameter(SolverType.L2R_LR, 1, 0.01));
    }

    /** Seen and unseen texts: repeated words, emoji, links, other scripts, nothing at all. */
    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        TrainerTest.examples(300, 8).forEach(e -> texts.add(e.text()));
        texts.addAll(List.of("", "!!!", "lost lost lost lost bag bag", "@AcmeAir 🙏🙏 https://t.co/x1 #travel",
                "Где мой багаж?", "vuelo cancelado otra vez, ¡qué desastre!", "12345 67", "a"));
        return texts;
    }

    private static float[] randomIdf(long seed) {
        Random random = new Random(seed);
        float[] idf = new float[TextFeatures.DIMENSIONS];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = 1 + 5 * random.nextFloat();
        }
        return idf;
    }
}
