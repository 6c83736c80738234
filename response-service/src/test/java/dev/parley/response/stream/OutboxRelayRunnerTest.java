package dev.parley.response.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.CaseEvent;
import dev.parley.events.CaseEventType;
import dev.parley.events.CaseStatus;
import dev.parley.events.Platform;
import dev.parley.events.Topic;
import dev.parley.response.outbox.OutboxWriter;
import dev.parley.testing.SharedKafka;
import dev.parley.testing.SharedPostgres;
import dev.parley.testing.TopicReader;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The relay on real PostgreSQL and Kafka, idle: a commit that writes the outbox wakes it. */
class OutboxRelayRunnerTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anIdleRelayPublishesACommittedEventAtOnceNotAtItsNextLook() throws Exception {
        DriverManagerDataSource database = new DriverManagerDataSource(SharedPostgres.jdbcUrl("response_relay_runner"),
                SharedPostgres.user(), SharedPostgres.user());
        Flyway.configure().dataSource(database).load().migrate();
        OutboxRelayRunner relay = new OutboxRelayRunner(database, JdbcClient.create(database), JSON,
                SharedKafka.bootstrapServersWithCatalogTopics(), Duration.ofMinutes(10), "runner-" + UUID.randomUUID());
        relay.start();
        try {
            Thread.sleep(3_000); // started, found nothing, now waiting: its next look is 10 minutes away
            String conversation = "x:" + UUID.randomUUID();
            OutboxWriter writer = new OutboxWriter(new JdbcTemplate(database), JSON, "/parley/response-service");
            new TransactionTemplate(new DataSourceTransactionManager(database)).executeWithoutResult(status ->
                    writer.write(Topic.CASES, conversation, new CaseEvent("e1", CaseEventType.OPENED, "c1",
                            conversation, "acme-air", Platform.X, CaseStatus.NEW, 40, null, "x:1", null, Instant.now(),
                            null, null, null, null, "public", null, null, null, null)));

            assertThat(TopicReader.read(SharedKafka.bootstrapServers(), Topic.CASES.topicName(),
                    r -> conversation.equals(r.key()), 1, Duration.ofSeconds(20))).hasSize(1);
        } finally {
            relay.stop();
        }
    }
}
