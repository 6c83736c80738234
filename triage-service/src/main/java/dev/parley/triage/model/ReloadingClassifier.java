package dev.parley.triage.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A classifier read from a file and read again whenever the file changes (train a new one, copy it over
 * the old, and the next posts use it). A file that cannot be used leaves the current classifier in place,
 * with the reason kept for the health endpoint; without a file it is the fallback.
 */
public class ReloadingClassifier implements TextClassifier {
    private final Path file;
    private final Loader loader;
    private final LabelCheck labelCheck;
    private final AtomicReference<TextClassifier> current;
    private volatile FileTime loadedVersion;
    private volatile String lastProblem;

    /** Reads a model file. */
    public interface Loader {
        TextClassifier load(Path file) throws IOException;
    }

    /** Refuses a model whose labels the caller cannot use, with an {@link IllegalArgumentException} naming it. */
    public interface LabelCheck {
        void check(List<String> labels);
    }

    /**
     * @param fallback used while no file is set
     * @param file     the model file, or null
     * @throws IllegalArgumentException when the file is set but cannot be used now: fail at start
     */
    public ReloadingClassifier(TextClassifier fallback, Path file, Loader loader, LabelCheck labelCheck) {
        this.file = file;
        this.loader = loader;
        this.labelCheck = labelCheck;
        this.current = new AtomicReference<>(fallback);
        if (file != null && !reloadIfChanged()) {
            throw new IllegalArgumentException("model " + file + " cannot be used: " + lastProblem);
        }
    }

    /** Loads the file again if it changed since it was loaded; true when the classifier in use is the file's. */
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
            labelCheck.check(loaded.labels());
            current.set(loaded);
            loadedVersion = modified;
            lastProblem = null;
            return true;
        } catch (IOException | IllegalArgumentException e) {
            lastProblem = e.getMessage();
            return false;
        }
    }

    /** Why the file was last refused, or null. */
    public String lastProblem() {
        return lastProblem;
    }

    public TextClassifier current() {
        return current.get();
    }

    @Override
    public String name() {
        return current.get().name();
    }

    @Override
    public List<String> labels() {
        return current.get().labels();
    }

    @Override
    public Prediction predict(String text) {
        return current.get().predict(text);
    }
}
