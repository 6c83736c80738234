package dev.parley.response.stream;

import dev.parley.events.TriagedPost;
import dev.parley.response.cases.CaseIntake;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code parley.posts.triaged} → cases. Each post is filed in one database transaction. */
@Configuration
public class CaseStream {

    @Bean
    Consumer<TriagedPost> fileTriagedPosts(CaseIntake intake, TransactionTemplate transactions) {
        return post -> transactions.executeWithoutResult(status -> intake.accept(post));
    }
}
