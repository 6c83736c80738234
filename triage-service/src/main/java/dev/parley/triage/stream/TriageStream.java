package dev.parley.triage.stream;

import dev.parley.events.SocialPost;
import dev.parley.events.Topic;
import dev.parley.events.TriagedPost;
import dev.parley.support.messaging.CloudEventMessages;
import dev.parley.support.messaging.PolledRecord;
import dev.parley.triage.Triage;
import dev.parley.triage.config.TriageProperties;
import dev.parley.triage.feelings.FeelingDetector;
import dev.parley.triage.intent.IntentDetector;
import dev.parley.triage.language.LanguageIdentifier;
import dev.parley.triage.model.LinearTextModel;
import dev.parley.triage.model.PathPolicy;
import dev.parley.triage.model.ReloadingClassifier;
import dev.parley.triage.priority.PriorityScorer;
import dev.parley.triage.routing.RoutingAdvisor;
import dev.parley.triage.screening.PostScreening;
import dev.parley.triage.sentiment.DefaultSentimentModel;
import dev.parley.triage.sentiment.SentimentModel;
import dev.parley.triage.topic.TopicTaxonomy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** {@code parley.posts} → triage → {@code parley.posts.triaged}, keyed by conversation. */
@Configuration
public class TriageStream {

    /** The model files in use, each checked for a newer version. */
    record ModelFiles(ReloadingClassifier sentiment, ReloadingClassifier intent, ReloadingClassifier topic) {
        Stream<ReloadingClassifier> configured() {
            return Stream.of(sentiment, intent, topic).filter(m -> m != null);
        }
    }

    @Bean
    ModelFiles modelFiles(TriageProperties properties) {
        boolean accurate = properties.accuratePath() != PathPolicy.Mode.NEVER;
        ReloadingClassifier sentiment = new ReloadingClassifier(
                properties.model() == null ? DefaultSentimentModel.get(accurate) : null, properties.model(),
                LinearTextModel::load, SentimentModel::checkLabels);
        return new ModelFiles(sentiment, fileOrNull(properties.intentModel(), IntentDetector::checkLabels),
                fileOrNull(properties.topicModel(), labels -> TopicTaxonomy.checkLabels(properties.topics(), labels)));
    }

    private static ReloadingClassifier fileOrNull(Path file, ReloadingClassifier.LabelCheck check) {
        return file == null ? null : new ReloadingClassifier(null, file, LinearTextModel::load, check);
    }

    /** Checks the model files for newer versions (hot reload). */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService modelReloads(ModelFiles models, TriageProperties properties) {
        ScheduledExecutorService reloads = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "model-reload");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.modelCheckEvery().toMillis();
        List<ReloadingClassifier> files = models.configured().toList();
        reloads.scheduleWithFixedDelay(() -> files.forEach(ReloadingClassifier::reloadIfChanged), every, every,
                TimeUnit.MILLISECONDS);
        return reloads;
    }

    @Bean
    Triage triage(ModelFiles models, TriageProperties properties) {
        TopicTaxonomy taxonomy = new TopicTaxonomy(properties.topics(), models.topic());
        return new Triage(new SentimentModel(models.sentiment(), properties.pathPolicy()), new FeelingDetector(),
                new IntentDetector(models.intent()), taxonomy, new LanguageIdentifier(), new PostScreening(),
                new PriorityScorer(properties.vipAuthors()),
                new RoutingAdvisor(taxonomy, properties.defaultTeam(), properties.defaultLanguage()), Clock.systemUTC());
    }

    /**
     * Triages a poll's worth of posts at once, so the batch and its offsets commit in one Kafka transaction
     * rather than one transaction per post. A record that is not a post, or that triage cannot handle, is
     * parked on the dead-letter topic with the reason, in the same transaction, and the others go on. How long
     * each post waited is its record's Kafka timestamp (when it was accepted) to now.
     */
    @Bean
    Function<Message<List<byte[]>>, List<Message<?>>> triagePosts(Triage triage, CloudEventMessages messages,
                                                                JsonMapper json) {
        ObjectReader posts = json.readerFor(SocialPost.class);
        return batch -> {
            long now = System.currentTimeMillis();
            PolledRecord.Read<SocialPost> read = PolledRecord.read(batch, posts, Topic.POSTS);
            List<Message<?>> out = new ArrayList<>(read.parked());
            for (PolledRecord.Readable<SocialPost> post : read.readable()) {
                Long acceptedAt = post.record().timestamp();
                Duration waited = acceptedAt == null ? Duration.ZERO : Duration.ofMillis(Math.max(0, now - acceptedAt));
                try {
                    out.add(messages.of(post.value().conversationId(), triage.triage(post.value(), waited)));
                } catch (RuntimeException e) {
                    // An invalid post, or one triage fails on: parked, never retried for ever.
                    out.add(post.record().deadLetter(Topic.POSTS, e));
                }
            }
            return out;
        };
    }
}
