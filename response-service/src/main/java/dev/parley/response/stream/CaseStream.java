package dev.parley.response.stream;

import dev.parley.events.Alert;
import dev.parley.events.ReplyStatus;
import dev.parley.events.TriagedPost;
import dev.parley.response.cases.CaseIntake;
import dev.parley.response.cases.CrisisAlerts;
import dev.parley.response.replies.ReplyWorkflow;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code parley.posts.triaged} → cases, and {@code parley.replies.status} → replies. Each record is handled in
 * one database transaction, its events written to the outbox in it.
 */
@Configuration
public class CaseStream {

    @Bean
    Consumer<TriagedPost> fileTriagedPosts(CaseIntake intake, TransactionTemplate transactions) {
        return post -> transactions.executeWithoutResult(status -> intake.accept(post));
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
