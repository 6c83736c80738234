package dev.parley.response.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.events.Author;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.Priority;
import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.SocialPost;
import dev.parley.events.TriagedPost;
import dev.parley.response.cases.CaseIntake;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The poll-at-a-time filing of triaged posts: which posts are kept, which are parked, when the poll fails. */
class CaseStreamTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RecordingTransactions transactions = new RecordingTransactions();
    private final FilingIntake intake = new FilingIntake();
    private final Function<Message<List<byte[]>>, List<Message<?>>> fileTriagedPosts =
            new CaseStream().fileTriagedPosts(intake, new TransactionTemplate(transactions), JSON);

    @Test
    void aPollIsFiledInOneTransaction() {
        List<Message<?>> parked = fileTriagedPosts.apply(poll(post("a"), post("b"), post("c")));

        assertThat(parked).isEmpty();
        assertThat(intake.filed).containsExactly("x:a", "x:b", "x:c");
        assertThat(transactions.commits).isEqualTo(1);
    }

    @Test
    void aPostThatCannotBeFiledIsParkedAloneAndTheOthersOfItsPollAreKept() {
        intake.refused = "x:b";

        List<Message<?>> parked = fileTriagedPosts.apply(poll(post("a"), post("b"), "{\"post\":".getBytes(
                StandardCharsets.UTF_8), post("c")));

        assertThat(intake.filed).containsExactly("x:a", "x:c");
        assertThat(parked).extracting(m -> m.getHeaders().get(KafkaHeaders.KEY)).containsExactly("k2", "k1");
        assertThat(parked).extracting(m -> m.getHeaders().get(KafkaHeaders.TOPIC))
                .containsOnly("parley.posts.triaged.dlq");
        assertThat(transactions.rollbacks).isEqualTo(2); // the poll's, then b's own
    }

    @Test
    void whenTheDatabaseFailsThePollFailsSoKafkaRetriesIt() {
        intake.databaseDown = true;

        assertThatThrownBy(() -> fileTriagedPosts.apply(poll(post("a")))).isInstanceOf(
                DataAccessResourceFailureException.class);
    }

    private static Message<List<byte[]>> poll(byte[]... values) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            keys.add("k" + i);
        }
        return MessageBuilder.withPayload(List.of(values)).setHeader(KafkaHeaders.RECEIVED_KEY, keys).build();
    }

    private static byte[] post(String id) {
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        return JSON.writeValueAsBytes(new TriagedPost(new SocialPost("x:" + id, "acme-air", Platform.X, id,
                PostKind.PUBLIC_MENTION, new Author("c1", "jo", null, 1, false), "where is my bag", "en", at, at, null,
                "x:" + id, null), new Sentiment(SentimentLabel.NEGATIVE, -0.5, 0.9), new Priority(40, List.of()), "m",
                at, null, null, null, null, null, null, null));
    }

    /** Files what it is given, refusing one post or failing as a database would. */
    private static final class FilingIntake extends CaseIntake {
        final List<String> filed = new ArrayList<>();
        private final List<String> pending = new ArrayList<>();
        String refused;
        boolean databaseDown;

        FilingIntake() {
            super(null, null, null, null, null, null, null, null);
        }

        @Override
        public void acceptAll(List<TriagedPost> posts) {
            posts.forEach(this::accept);
        }

        @Override
        public void accept(TriagedPost triaged) {
            if (databaseDown) {
                throw new DataAccessResourceFailureException("connection refused");
            }
            if (triaged.post().postId().equals(refused)) {
                throw new IllegalArgumentException("invalid byte sequence");
            }
            pending.add(triaged.post().postId());
        }

        void commit() {
            filed.addAll(pending);
            pending.clear();
        }

        void rollback() {
            pending.clear();
        }
    }

    /** Counts commits and rollbacks, and makes the intake's writes visible only on commit. */
    private final class RecordingTransactions extends AbstractPlatformTransactionManager {
        int commits;
        int rollbacks;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            commits++;
            intake.commit();
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rollbacks++;
            intake.rollback();
        }
    }
}
