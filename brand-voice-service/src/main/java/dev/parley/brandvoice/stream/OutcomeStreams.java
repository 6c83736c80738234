package dev.parley.brandvoice.stream;

import dev.parley.brandvoice.outcomes.ReplyOutcomes;
import dev.parley.events.CaseEvent;
import dev.parley.events.ReplyRequested;
import dev.parley.events.TriagedPost;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What brand voice learns from: the replies sent, the cases' outcomes and the customers' next posts. */
@Configuration
class OutcomeStreams {

    @Bean
    Consumer<ReplyRequested> learnFromReplies(ReplyOutcomes outcomes) {
        return outcomes::replyRequested;
    }

    @Bean
    Consumer<CaseEvent> learnFromCases(ReplyOutcomes outcomes) {
        return outcomes::caseChanged;
    }

    @Bean
    Consumer<TriagedPost> learnFromCustomers(ReplyOutcomes outcomes) {
        return outcomes::customerPosted;
    }
}
