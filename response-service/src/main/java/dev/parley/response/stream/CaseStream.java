package dev.parley.response.stream;

import dev.parley.events.Alert;
import dev.parley.events.ReplyStatus;
import dev.parley.events.Topic;
import dev.parley.events.TriagedPost;
import dev.parley.response.cases.CaseIntake;
import dev.parley.response.cases.CrisisAlerts;
import dev.parley.response.replies.ReplyWorkflow;
import dev.parley.support.messaging.FailedPollRetry;
import dev.parley.support.messaging.PolledRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.messaging.Message;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code parley.posts.triaged} → cases, and {@code parley.replies.status} → replies. Each record is handled in
 * a database transaction, its events written to the outbox in it.
 */
@Configuration
public class CaseStream {

    /**
     * Files a poll's triaged posts in one database transaction, so a burst costs one commit rather than one per
     * post. A record that is not a triaged post is parked on the dead-letter topic with the reason (the binding's
     * output). Should filing fail for some post, the poll's transaction is rolled back and its posts are filed
     * again one transaction each, so only the post that fails is parked and the others are kept. When the
     * database itself fails, the whole poll fails and is retried (see {@link #retryFailedPolls}); posts filed
     * before are recognised and not filed twice.
     */
    @Bean
    Function<Message<List<byte[]>>, List<Message<?>>> fileTriagedPosts(CaseIntake intake,
            TransactionTemplate transactions, JsonMapper json) {
        ObjectReader reader = json.readerFor(TriagedPost.class);
        return batch -> {
            PolledRecord.Read<TriagedPost> read = PolledRecord.read(batch, reader, Topic.POSTS_TRIAGED);
            List<Message<?>> parked = new ArrayList<>(read.parked());
            try {
                transactions.executeWithoutResult(status -> intake.acceptAll(read.values()));
            } catch (RuntimeException e) {
                if (databaseFailed(e)) {
                    throw e; // the database, not a post: retry the poll
                }
                for (PolledRecord.Readable<TriagedPost> post : read.readable()) {
                    try {
                        transactions.executeWithoutResult(status -> intake.accept(post.value()));
                    } catch (RuntimeException failure) {
                        if (databaseFailed(failure)) {
                            throw failure;
                        }
                        parked.add(post.record().deadLetter(Topic.POSTS_TRIAGED, failure));
                    }
                }
            }
            return parked;
        };
    }

    private static boolean databaseFailed(RuntimeException e) {
        return e instanceof DataAccessResourceFailureException || e instanceof TransientDataAccessException
                || e instanceof TransactionException;
    }

    /** A poll of triaged posts that failed as a whole (the database is down) is retried until it succeeds. */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> retryFailedPolls() {
        return FailedPollRetry.on(Topic.POSTS_TRIAGED);
    }

    /** {@code parley.analytics.alerts} → critical alerts about a topic escalate its live cases to the crisis team. */
    @Bean
    Consumer<Alert> escalateOnCrisisAlerts(CrisisAlerts alerts, TransactionTemplate transactions) {
        return alert -> transactions.executeWithoutResult(status -> alerts.apply(alert));
    }

    @Bean
    Consumer<ReplyStatus> recordReplyStatus(ReplyWorkflow replies, TransactionTemplate transactions) {
        return reported -> transactions.executeWithoutResult(status -> replies.recordOutcome(reported));
    }
}
