package dev.parley.triage.stream;

import dev.parley.events.SocialPost;
import dev.parley.events.TriagedPost;
import dev.parley.support.messaging.CloudEventMessages;
import dev.parley.triage.Triage;
import dev.parley.triage.priority.PriorityScorer;
import dev.parley.triage.sentiment.LexiconSentimentClassifier;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** {@code parley.posts} → triage → {@code parley.posts.triaged}, keyed by conversation. */
@Configuration
public class TriageStream {

    @Bean
    Triage triage() {
        return new Triage(new LexiconSentimentClassifier(), new PriorityScorer(), Clock.systemUTC());
    }

    @Bean
    Function<SocialPost, Message<TriagedPost>> triagePosts(Triage triage, CloudEventMessages messages) {
        return post -> messages.of(post.conversationId(), triage.triage(post));
    }
}
