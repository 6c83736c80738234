package dev.parley.triage.feedback;

import dev.parley.events.TriageCorrection.CorrectedField;
import dev.parley.triage.model.LinearTextModel;
import dev.parley.triage.model.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;

/** A new model from base examples with the agents' corrections laid over them. */
public final class Retraining {

    private Retraining() {
    }

    /**
     * @throws IllegalArgumentException when base and corrections together have fewer than two labels
     */
    public static LinearTextModel train(CorrectionLog corrections, List<Trainer.Example> base, CorrectedField field,
                                        boolean accurate, String name, Consumer<String> progress) {
        List<Trainer.Example> examples = corrections.overlay(base, field);
        progress.accept(String.format("%,d examples: %,d base, %,d agents' %s labels", examples.size(), base.size(),
                corrections.examples(field).size(), field.wireName()));
        return Trainer.train(examples, name, accurate, progress);
    }

    /**
     * Writes the model beside {@code file} and moves it into place in one step, so a service watching the
     * file never reads half of it.
     */
    public static void replace(LinearTextModel model, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, file.getFileName().toString(), ".partial");
        try {
            model.save(partial);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
