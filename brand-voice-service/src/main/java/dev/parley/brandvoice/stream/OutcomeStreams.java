package dev.parley.brandvoice.stream;

import dev.parley.brandvoice.outcomes.ReplyOutcomes;
import dev.parley.events.CaseEvent;
import dev.parley.events.ReplyRequested;
import dev.parley.events.Topic;
import dev.parley.events.TriagedPost;
import dev.parley.support.messaging.FailedPollRetry;
import dev.parley.support.messaging.PolledRecord;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.messaging.Message;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** What brand voice learns from: the replies sent, the cases' outcomes and the customers' next posts. */
@Configuration
class OutcomeStreams {

    @Bean
    Consumer<ReplyRequested> learnFromReplies(ReplyOutcomes outcomes) {
        return outcomes::replyRequested;
    }

    /**
     * Case events a poll at a time, in two database batches (one by one, the listener and a round trip each cost
     * more than the work). A record that is not a case event is parked with the reason.
     */
    @Bean
    Function<Message<List<byte[]>>, List<Message<?>>> learnFromCases(ReplyOutcomes outcomes, JsonMapper json) {
        return polls(json.readerFor(CaseEvent.class), Topic.CASES, outcomes::casesChanged);
    }

    /**
     * Customers' posts a poll at a time (most are not answers to a reply, so each costs little; one by one, the
     * listener would cost more than the work). A record that is not a triaged post is parked with the reason.
     */
    @Bean
    Function<Message<List<byte[]>>, List<Message<?>>> learnFromCustomers(ReplyOutcomes outcomes, JsonMapper json) {
        return polls(json.readerFor(TriagedPost.class), Topic.POSTS_TRIAGED, outcomes::customersPosted);
    }

    /** Hands each poll's readable records to {@code learn}, in order, and parks the others with the reason. */
    private static <T> Function<Message<List<byte[]>>, List<Message<?>>> polls(ObjectReader reader, Topic from,
            Consumer<List<T>> learn) {
        return batch -> {
            PolledRecord.Read<T> read = PolledRecord.read(batch, reader, from);
            learn.accept(read.values());
            return read.parked();
        };
    }

    /** A poll of case events or customers' posts that failed as a whole (the database is down) is retried until it succeeds. */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> retryFailedPolls() {
        return FailedPollRetry.on(Topic.CASES, Topic.POSTS_TRIAGED);
    }
}
