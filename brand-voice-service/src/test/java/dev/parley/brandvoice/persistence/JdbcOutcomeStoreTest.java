package dev.parley.brandvoice.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.brandvoice.outcomes.OutcomeStore.CaseChange;
import dev.parley.brandvoice.outcomes.OutcomeStore.CustomerPost;
import dev.parley.brandvoice.outcomes.SentReply;
import dev.parley.events.SentimentLabel;
import dev.parley.testing.SharedPostgres;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A poll's outcomes are written with one statement each on real PostgreSQL; what they leave must be what
 * applying the changes and posts one at a time, in order, would leave.
 */
class JdbcOutcomeStoreTest {
    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");
    private static JdbcOutcomeStore store;
    private static JdbcClient jdbc;

    @BeforeAll
    static void migrate() {
        String url = SharedPostgres.jdbcUrl("brand_voice_store");
        DriverManagerDataSource database = new DriverManagerDataSource(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=brand_voice", SharedPostgres.user(),
                SharedPostgres.user());
        Flyway.configure().dataSource(database).schemas("brand_voice").defaultSchema("brand_voice").load().migrate();
        store = new JdbcOutcomeStore(new JdbcTemplate(database));
        jdbc = JdbcClient.create(database);
    }

    @Test
    void aPollsChangesToACaseLeaveWhatTheyWouldOneByOne() {
        String reopenedInPoll = id();
        String answered = id();
        String stillOpen = id();
        store.casesChanged(List.of(
                new CaseChange(reopenedInPoll, true, null), new CaseChange(answered, true, null),
                new CaseChange(reopenedInPoll, false, null), new CaseChange(answered, true, 4),
                new CaseChange(stillOpen, false, null), new CaseChange(reopenedInPoll, true, null)));

        assertThat(outcome(reopenedInPoll)).isEqualTo(Map.of("resolved", true, "reopened", true, "csat", "none"));
        assertThat(outcome(answered)).isEqualTo(Map.of("resolved", true, "reopened", false, "csat", 4));
        assertThat(outcome(stillOpen)).isEqualTo(Map.of("resolved", false, "reopened", false, "csat", "none"));
    }

    @Test
    void aLaterPollReopensAStoredResolvedCaseAndKeepsItsAnswer() {
        String reopenedLater = id();
        String resolvedAgain = id();
        store.casesChanged(List.of(new CaseChange(reopenedLater, true, 5), new CaseChange(resolvedAgain, false, null)));

        store.casesChanged(List.of(new CaseChange(reopenedLater, false, null), new CaseChange(resolvedAgain, true, null)));
        store.casesChanged(List.of(new CaseChange(resolvedAgain, true, 3)));

        assertThat(outcome(reopenedLater)).isEqualTo(Map.of("resolved", false, "reopened", true, "csat", 5));
        assertThat(outcome(resolvedAgain)).isEqualTo(Map.of("resolved", true, "reopened", false, "csat", 3));
    }

    @Test
    void theFirstPostAfterAReplyTellsTheReaction() {
        String conversation = id();
        String first = reply(conversation, T);
        String second = reply(conversation, T.plusSeconds(600));
        String quiet = id();
        String unanswered = reply(quiet, T);

        store.customersPosted(List.of(
                new CustomerPost(conversation, T.minusSeconds(60), SentimentLabel.POSITIVE), // before any reply
                new CustomerPost(conversation, T.plusSeconds(60), SentimentLabel.NEGATIVE),
                new CustomerPost(conversation, T.plusSeconds(30), SentimentLabel.POSITIVE), // later in the poll
                new CustomerPost(conversation, T.plusSeconds(700), SentimentLabel.NEUTRAL)));
        store.customersPosted(List.of(new CustomerPost(conversation, T.plusSeconds(800), SentimentLabel.POSITIVE)));

        assertThat(reaction(first)).isEqualTo("negative");
        assertThat(reaction(second)).isEqualTo("neutral");
        assertThat(reaction(unanswered)).isEqualTo("none");
    }

    private static String reply(String conversation, Instant at) {
        String replyId = id();
        store.replySent(new SentReply(replyId, id(), conversation, "acme-air", "ana", List.of(), List.of(), at));
        return replyId;
    }

    /** A case's outcome as the counts read it: joined LEFT, so no row is open, never reopened, unanswered. */
    private static Map<String, Object> outcome(String caseId) {
        return jdbc.sql("SELECT coalesce(o.resolved, false) AS resolved, coalesce(o.reopened, false) AS reopened, "
                        + "coalesce(o.csat::text, 'none') AS csat FROM (SELECT ?::text AS case_id) k "
                        + "LEFT JOIN case_outcomes o ON o.case_id = k.case_id")
                .param(caseId)
                .query((rs, n) -> Map.<String, Object>of("resolved", rs.getBoolean("resolved"), "reopened",
                        rs.getBoolean("reopened"), "csat", rs.getString("csat").equals("none")
                                ? "none" : Integer.parseInt(rs.getString("csat"))))
                .single();
    }

    private static String reaction(String replyId) {
        return jdbc.sql("SELECT coalesce(reaction, 'none') FROM sent_replies WHERE reply_id = ?").param(replyId)
                .query(String.class).single();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
