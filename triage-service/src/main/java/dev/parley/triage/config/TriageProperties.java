package dev.parley.triage.config;

import dev.parley.triage.model.PathPolicy;
import dev.parley.triage.topic.TopicDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.triage.*}: every triage option, checked here at start.
 *
 * @param model                   a sentiment model file from {@code ./parley triage train} ({@code PARLEY_TRIAGE_MODEL});
 *                                unset: the shipped default. The service does not start with a file it cannot use
 * @param intentModel             an intent model file (labels: complaint, question, request, praise, feedback, other);
 *                                unset: rules alone
 * @param topicModel              a topic model file (labels: topic ids of {@code topics}, optionally {@code none}); unset:
 *                                keywords alone
 * @param modelCheckEvery         how often model files are checked for a newer version, which is then used for the
 *                                next posts (default 10 s)
 * @param accuratePath            never, when-unsure (default) or always: when a post's sentiment is decided by the accurate
 *                                path (sentence embeddings; models trained with {@code --accurate}, and the default)
 * @param accurateBelowConfidence with when-unsure: the fast path's confidence below which the accurate path decides
 *                                (default 0.6)
 * @param defaultTeam             the team for posts without a topic, or whose topic names none (default customer-care)
 * @param defaultLanguage         the language to answer in when a post's cannot be told (default en)
 * @param vipAuthors              author ids or handles whose posts come first
 * @param topics                  the organisation's topic taxonomy: id, team and keywords per topic
 */
@ConfigurationProperties("parley.triage")
public record TriageProperties(Path model, Path intentModel, Path topicModel, Duration modelCheckEvery,
                               PathPolicy.Mode accuratePath, Double accurateBelowConfidence, String defaultTeam,
                               String defaultLanguage, Set<String> vipAuthors, List<TopicDefinition> topics) {
    public TriageProperties {
        model = unsetIfBlank(model);
        intentModel = unsetIfBlank(intentModel);
        topicModel = unsetIfBlank(topicModel);
        modelCheckEvery = modelCheckEvery == null ? Duration.ofSeconds(10) : modelCheckEvery;
        if (modelCheckEvery.isNegative() || modelCheckEvery.isZero()) {
            throw new IllegalArgumentException("parley.triage.model-check-every must be positive, was " + modelCheckEvery);
        }
        accuratePath = accuratePath == null ? PathPolicy.Mode.WHEN_UNSURE : accuratePath;
        accurateBelowConfidence = accurateBelowConfidence == null ? 0.6 : accurateBelowConfidence;
        defaultTeam = defaultTeam == null || defaultTeam.isBlank() ? "customer-care" : defaultTeam;
        defaultLanguage = defaultLanguage == null || defaultLanguage.isBlank() ? "en" : defaultLanguage;
        vipAuthors = vipAuthors == null ? Set.of() : Set.copyOf(vipAuthors);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** The accurate path policy; refuses a confidence outside 0..1. */
    public PathPolicy pathPolicy() {
        return new PathPolicy(accuratePath, accurateBelowConfidence);
    }

    private static Path unsetIfBlank(Path path) {
        return path == null || path.toString().isBlank() ? null : path;
    }
}
