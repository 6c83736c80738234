package dev.parley.triage.config;

import dev.parley.triage.model.AccurateBudget;
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
 * @param accurateCpuShare        with when-unsure: the share of one core the accurate path may use (default 0.5); when
 *                                it is spent, unsure posts keep their fast-path sentiment, so a burst does not queue
 *                                every post behind sentence embeddings
 * @param accurateMaxWait         with when-unsure: a post that has waited longer than this since it was accepted (its
 *                                Kafka timestamp) keeps its fast-path sentiment (default 200 ms): when triage is behind,
 *                                the queue drains at fast-path speed and the accurate path resumes once posts
 *                                arrive in time again
 * @param defaultTeam             the team for posts without a topic, or whose topic names none (default customer-care)
 * @param defaultLanguage         the language to answer in when a post's cannot be told (default en)
 * @param vipAuthors              author ids or handles whose posts come first
 * @param topics                  the organisation's topic taxonomy: id, team and keywords per topic
 * @param retrain                 scheduled retraining of the sentiment model from agents' corrections (off by default)
 */
@ConfigurationProperties("parley.triage")
public record TriageProperties(Path model, Path intentModel, Path topicModel, Duration modelCheckEvery,
                               PathPolicy.Mode accuratePath, Double accurateBelowConfidence, Double accurateCpuShare,
                               Duration accurateMaxWait, String defaultTeam,
                               String defaultLanguage, Set<String> vipAuthors, List<TopicDefinition> topics,
                               Retrain retrain) {
    public TriageProperties {
        model = unsetIfBlank(model);
        intentModel = unsetIfBlank(intentModel);
        topicModel = unsetIfBlank(topicModel);
        modelCheckEvery = modelCheckEvery == null ? Duration.ofSeconds(10) : modelCheckEvery;
        if (modelCheckEvery.isNegative() || modelCheckEvery.isZero()) {
            throw new IllegalArgumentException("parley.triage.model-check-every must be positive, was " + modelCheckEvery);
        }
        accuratePath = accuratePath == null ? PathPolicy.Mode.WHEN_UNSURE : accuratePath;
        accurateBelowConfidence = accurateBelowConfidence == null ? PathPolicy.DEFAULT_BELOW_CONFIDENCE
                : accurateBelowConfidence;
        accurateCpuShare = accurateCpuShare == null ? PathPolicy.DEFAULT_ACCURATE_CPU_SHARE : accurateCpuShare;
        if (!(accurateCpuShare > 0)) {
            throw new IllegalArgumentException("parley.triage.accurate-cpu-share must be above 0, was " + accurateCpuShare);
        }
        accurateMaxWait = accurateMaxWait == null ? PathPolicy.DEFAULT_ACCURATE_MAX_WAIT : accurateMaxWait;
        if (accurateMaxWait.isNegative()) {
            throw new IllegalArgumentException("parley.triage.accurate-max-wait must not be negative, was "
                    + accurateMaxWait);
        }
        defaultTeam = defaultTeam == null || defaultTeam.isBlank() ? "customer-care" : defaultTeam;
        defaultLanguage = defaultLanguage == null || defaultLanguage.isBlank() ? "en" : defaultLanguage;
        vipAuthors = vipAuthors == null ? Set.of() : Set.copyOf(vipAuthors);
        topics = topics == null ? List.of() : List.copyOf(topics);
        retrain = retrain == null ? new Retrain(null, null, null, null, null) : retrain;
        if (retrain.every() != null && model == null) {
            throw new IllegalArgumentException("parley.triage.retrain.every needs parley.triage.model: the file the "
                    + "retrained model replaces (and the service reloads)");
        }
    }

    /**
     * {@code parley.triage.retrain.*}: every {@code every}, when at least {@code minNewCorrections} sentiment
     * corrections arrived since the last training, train on {@code baseFile} with the agents' labels laid over it
     * and replace the model file (the service then reloads it).
     *
     * @param every             how often to check; unset: never (use {@code ./parley triage retrain})
     * @param baseFile          the labelled examples to start from (CSV or JSON Lines); unset: corrections alone
     * @param textColumn        its text column (default text)
     * @param labelColumn       its label column (default label)
     * @param minNewCorrections how many new corrections make a retraining worth it (default 50)
     */
    public record Retrain(Duration every, Path baseFile, String textColumn, String labelColumn,
                          Integer minNewCorrections) {
        public Retrain {
            baseFile = unsetIfBlank(baseFile);
            textColumn = textColumn == null ? "text" : textColumn;
            labelColumn = labelColumn == null ? "label" : labelColumn;
            minNewCorrections = minNewCorrections == null ? 50 : minNewCorrections;
            if (every != null && (every.isNegative() || every.isZero())) {
                throw new IllegalArgumentException("parley.triage.retrain.every must be positive, was " + every);
            }
            if (minNewCorrections < 1) {
                throw new IllegalArgumentException("parley.triage.retrain.min-new-corrections must be at least 1");
            }
        }
    }

    /** The accurate path policy, with a budget of its own; refuses a confidence outside 0..1. */
    public PathPolicy pathPolicy() {
        return new PathPolicy(accuratePath, accurateBelowConfidence, new AccurateBudget(accurateCpuShare, System::nanoTime),
                accurateMaxWait);
    }

    private static Path unsetIfBlank(Path path) {
        return path == null || path.toString().isBlank() ? null : path;
    }
}
