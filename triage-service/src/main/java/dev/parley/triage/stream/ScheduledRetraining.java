package dev.parley.triage.stream;

import dev.parley.events.TriageCorrection.CorrectedField;
import dev.parley.triage.config.TriageProperties;
import dev.parley.triage.feedback.CorrectionLog;
import dev.parley.triage.feedback.Retraining;
import dev.parley.triage.model.LabelledFiles;
import dev.parley.triage.model.LinearTextModel;
import dev.parley.triage.model.PathPolicy;
import dev.parley.triage.model.ReloadingClassifier;
import dev.parley.triage.model.Trainer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional retraining schedule ({@code parley.triage.retrain.every}): when enough new sentiment corrections
 * arrived, a new model replaces the model file and is loaded at once.
 */
public class ScheduledRetraining implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRetraining.class);

    private final CorrectionLog corrections;
    private final ReloadingClassifier sentiment;
    private final TriageProperties properties;
    private final ScheduledExecutorService schedule;
    private int trainedWith;

    ScheduledRetraining(CorrectionLog corrections, ReloadingClassifier sentiment, TriageProperties properties) {
        this.corrections = corrections;
        this.sentiment = sentiment;
        this.properties = properties;
        TriageProperties.Retrain retrain = properties.retrain();
        if (retrain.every() == null) {
            schedule = null;
            return;
        }
        schedule = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "retraining");
            thread.setDaemon(true);
            return thread;
        });
        long every = retrain.every().toMillis();
        schedule.scheduleWithFixedDelay(this::retrainIfDue, every, every, TimeUnit.MILLISECONDS);
    }

    /** Retrains when at least {@code min-new-corrections} arrived since the last time; true when it did. */
    boolean retrainIfDue() {
        TriageProperties.Retrain retrain = properties.retrain();
        int available = corrections.examples(CorrectedField.SENTIMENT).size();
        if (available - trainedWith < retrain.minNewCorrections()) {
            return false;
        }
        try {
            List<Trainer.Example> base = retrain.baseFile() == null ? List.of()
                    : LabelledFiles.read(retrain.baseFile(), retrain.textColumn(), retrain.labelColumn()).examples();
            LinearTextModel model = Retraining.train(corrections, base, CorrectedField.SENTIMENT,
                    properties.accuratePath() != PathPolicy.Mode.NEVER, "retrained", step -> LOG.info("Retraining: {}", step));
            Retraining.replace(model, properties.model());
            trainedWith = available;
            sentiment.reloadIfChanged();
            LOG.info("Retrained the sentiment model with {} corrections; now using {}", available, sentiment.name());
            return true;
        } catch (IOException | RuntimeException e) {
            // The current model stays; the next run tries again.
            LOG.error("Retraining failed, keeping {}: {}", sentiment.name(), e.getMessage(), e);
            return false;
        }
    }

    @Override
    public void close() {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }
}
