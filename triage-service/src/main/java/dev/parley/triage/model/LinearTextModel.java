package dev.parley.triage.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Logistic regression over {@link TextFeatures} (the fast path) and, when trained with it, over the same
 * features plus the text's sentence embedding (the accurate path); trained by {@link Trainer}. A model file is
 * a zip of {@code labels.txt} (one label a line, in class order), {@code idf.bin} (a float per feature slot),
 * {@code liblinear.model} (the fast path, liblinear's own format) and optionally {@code accurate.model}. The fast
 * path, which every post takes, is evaluated by {@link FastPath} (liblinear's sums, its weights laid out for them).
 */
public final class LinearTextModel implements TextClassifier {
    /** Feature indices of the fast path: the n-gram slots, then the bias. */
    static final int FAST_WIDTH = TextFeatures.DIMENSIONS + 1;
    /** Feature indices of the accurate path: the n-gram slots, the embedding, then the bias. */
    static final int ACCURATE_WIDTH = TextFeatures.DIMENSIONS + SentenceEmbedder.DIMENSIONS + 1;

    private final String name;
    private final List<String> labels;
    private final float[] idf;
    private final Model model;
    private final FastPath fast;
    private final Model accurate;
    private final Supplier<SentenceEmbedder> embedder;

    /** @param accurate the accurate path, or null */
    LinearTextModel(String name, List<String> labels, float[] idf, Model model, Model accurate,
                    Supplier<SentenceEmbedder> embedder) {
        this.name = name;
        this.labels = List.copyOf(labels);
        this.idf = idf;
        this.model = model;
        this.fast = new FastPath(model, idf);
        this.accurate = accurate;
        this.embedder = embedder;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public Prediction predict(String text) {
        double[] byLabel = new double[labels.size()];
        int best = fast.predict(text, byLabel);
        return new Prediction(labels, labels.get(best), byLabel);
    }

    @Override
    public boolean hasAccuratePath() {
        return accurate != null;
    }

    @Override
    public Prediction predictAccurately(String text) {
        if (accurate == null) {
            return predict(text);
        }
        return predictWith(accurate, accurateFeatures(TextFeatures.vector(text, idf), embedder.get().embed(text)));
    }

    private Prediction predictWith(Model which, Feature[] features) {
        double[] probabilities = new double[labels.size()];
        double best = Linear.predictProbability(which, features, probabilities);
        double[] byLabel = new double[labels.size()];
        int[] classes = which.getLabels();
        for (int i = 0; i < classes.length; i++) {
            byLabel[classes[i]] = probabilities[i];
        }
        return new Prediction(labels, labels.get((int) best), byLabel);
    }

    /** liblinear's form: 1-based indices, and the bias as one more feature. */
    static Feature[] fastFeatures(TextFeatures.Vector vector) {
        Feature[] features = new Feature[vector.slots().length + 1];
        copySlots(vector, features);
        features[features.length - 1] = new FeatureNode(FAST_WIDTH, Trainer.BIAS);
        return features;
    }

    /** The n-gram slots, the embedding after them, then the bias. */
    static Feature[] accurateFeatures(TextFeatures.Vector vector, float[] embedding) {
        int slots = vector.slots().length;
        Feature[] features = new Feature[slots + embedding.length + 1];
        copySlots(vector, features);
        for (int i = 0; i < embedding.length; i++) {
            features[slots + i] = new FeatureNode(TextFeatures.DIMENSIONS + 1 + i, embedding[i]);
        }
        features[features.length - 1] = new FeatureNode(ACCURATE_WIDTH, Trainer.BIAS);
        return features;
    }

    private static void copySlots(TextFeatures.Vector vector, Feature[] into) {
        for (int i = 0; i < vector.slots().length; i++) {
            into[i] = new FeatureNode(vector.slots()[i] + 1, vector.values()[i]);
        }
    }

    public void save(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("labels.txt"));
            zip.write(String.join("\n", labels).getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("idf.bin"));
            DataOutputStream data = new DataOutputStream(zip);
            for (float weight : idf) {
                data.writeFloat(weight);
            }
            data.flush();
            writeModel(zip, "liblinear.model", model);
            if (accurate != null) {
                writeModel(zip, "accurate.model", accurate);
            }
            zip.closeEntry();
        }
    }

    private static void writeModel(ZipOutputStream zip, String entry, Model which) throws IOException {
        zip.putNextEntry(new ZipEntry(entry));
        // liblinear closes the writer it is given: write to memory, then into the zip.
        StringWriter text = new StringWriter();
        Linear.saveModel(text, which);
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Model readModel(byte[] content) throws IOException {
        return Linear.loadModel(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
    }

    /**
     * @throws IOException when the file is not a model this version wrote, naming what is missing
     */
    public static LinearTextModel load(Path file) throws IOException {
        List<String> labels = null;
        float[] idf = null;
        Model model = null;
        Model accurate = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                switch (entry.getName()) {
                    case "labels.txt" -> labels = new String(content, StandardCharsets.UTF_8).lines().toList();
                    case "idf.bin" -> {
                        DataInputStream data = new DataInputStream(new ByteArrayInputStream(content));
                        idf = new float[content.length / Float.BYTES];
                        for (int i = 0; i < idf.length; i++) {
                            idf[i] = data.readFloat();
                        }
                    }
                    case "liblinear.model" -> model = readModel(content);
                    case "accurate.model" -> accurate = readModel(content);
                    default -> { }
                }
            }
        }
        List<String> missing = new ArrayList<>();
        if (labels == null) {
            missing.add("labels.txt");
        }
        if (idf == null || idf.length != TextFeatures.DIMENSIONS) {
            missing.add("idf.bin");
        }
        if (model == null) {
            missing.add("liblinear.model");
        }
        if (!missing.isEmpty()) {
            throw new IOException(file + " is not a Parley triage model: " + missing + " missing or wrong");
        }
        // The name says which file and which version of it labelled a post.
        return new LinearTextModel("linear:" + file.getFileName() + "@" + Files.getLastModifiedTime(file).toInstant(),
                labels, idf, model, accurate, SentenceEmbedder::shared);
    }
}
