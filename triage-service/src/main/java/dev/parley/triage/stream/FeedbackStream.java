package dev.parley.triage.stream;

import dev.parley.events.TriageCorrection;
import dev.parley.triage.config.TriageProperties;
import dev.parley.triage.feedback.CorrectionLog;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code parley.triage.feedback} → the correction log. Every instance reads the whole compacted topic at start
 * (its own consumer group, offsets reset), so the log, the drift report and retraining see every correction.
 */
@Configuration
public class FeedbackStream {

    @Bean
    CorrectionLog correctionLog() {
        return new CorrectionLog();
    }

    /** Reads the JSON itself, so a record that is not a correction is parked with the reason. */
    @Bean
    Consumer<byte[]> recordCorrections(CorrectionLog corrections, JsonMapper json) {
        return record -> {
            try {
                corrections.add(json.readValue(record, TriageCorrection.class));
            } catch (JacksonException e) {
                throw new IllegalArgumentException("not a triage correction: " + e.getOriginalMessage(), e);
            }
        };
    }

    @Bean(destroyMethod = "close")
    ScheduledRetraining scheduledRetraining(CorrectionLog corrections, TriageStream.ModelFiles models,
                                            TriageProperties properties) {
        return new ScheduledRetraining(corrections, models.sentiment(), properties);
    }
}
