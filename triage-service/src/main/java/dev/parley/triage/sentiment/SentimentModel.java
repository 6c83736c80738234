package dev.parley.triage.sentiment;

import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.WireEnum;
import dev.parley.triage.model.TextClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The sentiment model triage uses now: the shipped default, or a model file that is loaded again
 * whenever it changes (train a new one, copy it over the old, and the next posts use it). A file that
 * cannot be loaded leaves the current model in place, with the reason kept for the health endpoint.
 */
public class SentimentModel {
    private final Path file;
    private final ModelLoader loader;
    private final AtomicReference<TextClassifier> current;
    private volatile FileTime loadedVersion;
    private volatile String lastProblem;

    /** Reads a model file. */
    public interface ModelLoader {
        TextClassifier load(Path file) throws IOException;
    }

    /**
     * @param file   the model file, or null for the default
     * @param loader reads the file
     * @throws IllegalArgumentException when the file is set but cannot be used now: fail at start
     */
    public SentimentModel(TextClassifier fallback, Path file, ModelLoader loader) {
        this.file = file;
        this.loader = loader;
        this.current = new AtomicReference<>(fallback);
        if (file != null && !reloadIfChanged()) {
            throw new IllegalArgumentException("sentiment model " + file + " cannot be used: " + lastProblem);
        }
    }

    /** Loads the file again if it changed since it was loaded; true when the model in use is the file's. */
    public boolean reloadIfChanged() {
        if (file == null) {
            return false;
        }
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(loadedVersion)) {
                return true;
            }
            TextClassifier loaded = loader.load(file);
            for (String label : loaded.labels()) {
                WireEnum.parse(SentimentLabel.class, label);
            }
            current.set(loaded);
            loadedVersion = modified;
            lastProblem = null;
            return true;
        } catch (IOException | IllegalArgumentException e) {
            lastProblem = e.getMessage();
            return false;
        }
    }

    public String lastProblem() {
        return lastProblem;
    }

    public TextClassifier current() {
        return current.get();
    }

    /** A sentiment and the model (name and version) that found it. */
    public record Classified(Sentiment sentiment, String model) {
    }

    /** The post's sentiment by the current model: score = P(positive) − P(negative), confidence = P(label). */
    public Classified classify(String text) {
        TextClassifier model = current.get();
        TextClassifier.Prediction prediction = model.predict(text);
        Function<String, Double> probability = label -> {
            int index = model.labels().indexOf(label);
            return index < 0 ? 0.0 : prediction.probabilities()[index];
        };
        double score = probability.apply("positive") - probability.apply("negative");
        return new Classified(new Sentiment(WireEnum.parse(SentimentLabel.class, prediction.label()),
                Math.round(score * 1000) / 1000.0, Math.round(probability.apply(prediction.label()) * 1000) / 1000.0),
                model.name());
    }
}
