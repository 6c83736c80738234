package dev.parley.triage.stream;

import dev.parley.events.SocialPost;
import dev.parley.events.TriagedPost;
import dev.parley.support.messaging.CloudEventMessages;
import dev.parley.triage.Triage;
import dev.parley.triage.config.TriageProperties;
import dev.parley.triage.model.LinearTextModel;
import dev.parley.triage.priority.PriorityScorer;
import dev.parley.triage.sentiment.LexiconSentimentClassifier;
import dev.parley.triage.sentiment.SentimentModel;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** {@code parley.posts} → triage → {@code parley.posts.triaged}, keyed by conversation. */
@Configuration
public class TriageStream {

    @Bean
    SentimentModel sentimentModel(TriageProperties properties) {
        return new SentimentModel(new LexiconSentimentClassifier(), properties.model(), LinearTextModel::load);
    }

    /** Checks the model file for a newer version (hot reload). */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService modelReloads(SentimentModel model, TriageProperties properties) {
        ScheduledExecutorService reloads = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "model-reload");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.modelCheckEvery().toMillis();
        reloads.scheduleWithFixedDelay(model::reloadIfChanged, every, every, TimeUnit.MILLISECONDS);
        return reloads;
    }

    @Bean
    Triage triage(SentimentModel sentimentModel) {
        return new Triage(sentimentModel, new PriorityScorer(), Clock.systemUTC());
    }

    @Bean
    Function<SocialPost, Message<TriagedPost>> triagePosts(Triage triage, CloudEventMessages messages) {
        return post -> messages.of(post.conversationId(), triage.triage(post));
    }
}
