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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The fast path: logistic regression over {@link TextFeatures}, trained by {@link Trainer}. A model file
 * is a zip of {@code labels.txt} (one label a line, in class order), {@code idf.bin} (a float per
 * feature slot) and {@code liblinear.model} (liblinear's own format).
 */
public final class LinearTextModel implements TextClassifier {
    private final String name;
    private final List<String> labels;
    private final float[] idf;
    private final Model model;

    LinearTextModel(String name, List<String> labels, float[] idf, Model model) {
        this.name = name;
        this.labels = List.copyOf(labels);
        this.idf = idf;
        this.model = model;
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
        double[] probabilities = new double[labels.size()];
        double best = Linear.predictProbability(model, features(TextFeatures.vector(text, idf)), probabilities);
        double[] byLabel = new double[labels.size()];
        int[] classes = model.getLabels();
        for (int i = 0; i < classes.length; i++) {
            byLabel[classes[i]] = probabilities[i];
        }
        return new Prediction(labels.get((int) best), byLabel);
    }

    /** liblinear's form: 1-based indices, and the bias as one more feature. */
    static Feature[] features(TextFeatures.Vector vector) {
        Feature[] features = new Feature[vector.slots().length + 1];
        for (int i = 0; i < vector.slots().length; i++) {
            features[i] = new FeatureNode(vector.slots()[i] + 1, vector.values()[i]);
        }
        features[features.length - 1] = new FeatureNode(TextFeatures.DIMENSIONS + 1, Trainer.BIAS);
        return features;
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
            zip.putNextEntry(new ZipEntry("liblinear.model"));
            // liblinear closes the writer it is given: write to memory, then into the zip.
            StringWriter text = new StringWriter();
            Linear.saveModel(text, model);
            zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /**
     * @throws IOException when the file is not a model this version wrote, naming what is missing
     */
    public static LinearTextModel load(Path file) throws IOException {
        List<String> labels = null;
        float[] idf = null;
        Model model = null;
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
                    case "liblinear.model" -> model = Linear.loadModel(
                            new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
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
                labels, idf, model);
    }
}
