package dev.parley.triage.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.triage.*}.
 *
 * @param model            a sentiment model file from {@code ./parley triage train} ({@code PARLEY_TRIAGE_MODEL});
 *                         unset: the shipped default. The service does not start with a file it cannot use
 * @param modelCheckEvery  how often the file is checked for a newer version, which is then used for the
 *                         next posts (default 10 s)
 */
@ConfigurationProperties("parley.triage")
public record TriageProperties(Path model, Duration modelCheckEvery) {
    public TriageProperties {
        model = model == null || model.toString().isBlank() ? null : model;
        modelCheckEvery = modelCheckEvery == null ? Duration.ofSeconds(10) : modelCheckEvery;
    }
}
