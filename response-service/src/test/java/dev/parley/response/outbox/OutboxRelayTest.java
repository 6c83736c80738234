package dev.parley.response.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.CaseEvent;
import dev.parley.events.CaseEventType;
import dev.parley.events.CaseStatus;
import dev.parley.events.CloudEventHeaders;
import dev.parley.events.Platform;
import dev.parley.events.Topic;
import dev.parley.testing.SharedKafka;
import dev.parley.testing.SharedPostgres;
import dev.parley.testing.TopicReader;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The outbox relay on real PostgreSQL and Kafka: every committed event reaches Kafka once, in commit order. */
class OutboxRelayTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static DriverManagerDataSource database;
    private static JdbcClient jdbc;

    @BeforeAll
    static void migrate() {
        database = new DriverManagerDataSource(SharedPostgres.jdbcUrl("response_outbox"), SharedPostgres.user(),
                SharedPostgres.user());
        Flyway.configure().dataSource(database).load().migrate();
        jdbc = JdbcClient.create(database);
        SharedKafka.bootstrapServersWithCatalogTopics();
    }

    private static CaseEvent event(String conversation, int n) {
        return new CaseEvent("e" + n, CaseEventType.POST_ADDED, "c1", conversation, "acme-air", Platform.X,
                CaseStatus.OPEN, n, null, "x:" + n, null, Instant.parse("2026-11-22T10:00:00Z"), null, null, null, null,
                "public", null, null, null, null);
    }

    private static void write(JdbcTemplate client, String conversation, int n) {
        writer(client).write(Topic.CASES, conversation, event(conversation, n));
    }

    private static OutboxWriter writer(JdbcTemplate client) {
        return new OutboxWriter(client, JSON, "/parley/response-service");
    }

    private static void write(String conversation, int n) {
        write(new JdbcTemplate(database), conversation, n);
    }

    private static long rows(String conversation) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE event_key = ?").param(conversation).query(Long.class).single();
    }

    private static List<Integer> published(String conversation, int expected) {
        List<ConsumerRecord<String, String>> records = TopicReader.read(SharedKafka.bootstrapServers(),
                Topic.CASES.topicName(), r -> conversation.equals(r.key()), expected + 1, Duration.ofSeconds(3));
        records.forEach(r -> assertThat(TopicReader.header(r, CloudEventHeaders.TYPE)).isEqualTo("dev.parley.case-event.v1"));
        return records.stream().map(r -> JSON.readTree(r.value()).get("priority").asInt()).toList();
    }

    @Test
    void aRelayRestartedAfterKafkaCommittedButBeforePruningRepeatsNothing() {
        String conversation = "x:" + UUID.randomUUID();
        String relayName = "outbox-test-" + UUID.randomUUID();
        for (int n = 1; n <= 3; n++) {
            write(conversation, n);
        }
        try (OutboxRelay first = new OutboxRelay(jdbc, JSON, SharedKafka.bootstrapServers(), 500, relayName)) {
            assertThat(first.relayOnce()).isGreaterThanOrEqualTo(3);
            // The process dies here: the rows are on Kafka but still in the outbox.
        }
        write(conversation, 4);
        write(conversation, 5);

        try (OutboxRelay second = new OutboxRelay(jdbc, JSON, SharedKafka.bootstrapServers(), 500, relayName)) {
            assertThat(second.relayOnce()).isEqualTo(2);
            assertThat(second.relayOnce()).isZero();
            assertThat(second.prune()).isGreaterThanOrEqualTo(5);
        }

        assertThat(published(conversation, 5)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aRowOfATransactionStillRunningHoldsBackLaterOnesUntilItCommits() throws Exception {
        String conversation = "x:" + UUID.randomUUID();
        String relayName = "outbox-test-" + UUID.randomUUID();
        try (Connection slow = database.getConnection();
             OutboxRelay relay = new OutboxRelay(jdbc, JSON, SharedKafka.bootstrapServers(), 500, relayName)) {
            relay.relayOnce(); // whatever other tests left
            slow.setAutoCommit(false);
            write(new JdbcTemplate(new SingleConnectionDataSource(slow, true)), conversation, 1);
            write(conversation, 2);

            assertThat(relay.relayOnce()).as("row 2 committed first but must wait for row 1's transaction").isZero();
            slow.commit();
            assertThat(relay.relayOnce()).isEqualTo(2);
        }

        assertThat(published(conversation, 2)).containsExactly(1, 2);
    }

    @Test
    void withinATransactionEventsAreInsertedAtCommitInTheirOrderAndNotAtAllOnRollback() {
        String conversation = "x:" + UUID.randomUUID();
        String relayName = "outbox-test-" + UUID.randomUUID();
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
        OutboxWriter writer = writer(new JdbcTemplate(database));
        transactions.executeWithoutResult(status -> {
            for (int n = 1; n <= 3; n++) {
                writer.write(Topic.CASES, conversation, event(conversation, n));
            }
            assertThat(rows(conversation)).as("kept until the commit").isZero();
        });
        transactions.executeWithoutResult(status -> {
            writer.write(Topic.CASES, conversation, event(conversation, 99));
            status.setRollbackOnly();
        });
        assertThat(rows(conversation)).isEqualTo(3);

        try (OutboxRelay relay = new OutboxRelay(jdbc, JSON, SharedKafka.bootstrapServers(), 500, relayName)) {
            relay.relayOnce();
        }
        assertThat(published(conversation, 3)).containsExactly(1, 2, 3);
    }
}
