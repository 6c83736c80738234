package dev.parley.response.outbox;

import dev.parley.events.Topic;
import dev.parley.support.kafka.TopicReplay;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves outbox rows to Kafka exactly once. Each batch and the new {@link OutboxPosition} are written in one
 * Kafka transaction (the position on the compacted {@code parley.response.outbox-position} topic, keyed by the
 * relay's name), so a relay
 * that crashes after Kafka committed but before the rows were pruned starts after them, and one that crashes
 * before the commit sends them again in a transaction that replaces the aborted one. The fixed transactional id
 * fences an older relay that is still alive.
 */
public class OutboxRelay implements AutoCloseable {
    /** The PostgreSQL notification channel a transaction that wrote outbox rows notifies. */
    public static final String NEW_ROWS = "parley_outbox";
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String bootstrapServers;
    private final int batchSize;
    private final String name;
    private final KafkaProducer<String, String> producer;
    private OutboxPosition position;

    /** A relay row: where it goes and what it carries. */
    private record Row(long tx, long id, String topic, String key, String headers, String payload) {
    }

    /**
     * @param name the relay's transactional id and the key of its position: one per outbox (database)
     */
    public OutboxRelay(JdbcClient jdbc, JsonMapper json, String bootstrapServers, int batchSize, String name) {
        this.jdbc = jdbc;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
        this.batchSize = batchSize;
        this.name = name;
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, name);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        // Fences an older relay and aborts what it left open, before the position is read.
        producer.initTransactions();
        position = readPosition();
    }

    public OutboxPosition position() {
        return position;
    }

    /** Publishes the next batch of committed rows; how many it published. */
    public int relayOnce() {
        List<Row> rows = jdbc.sql("""
                        SELECT tx::text::bigint AS tx, id, topic, event_key, headers::text AS headers, payload FROM outbox
                        WHERE tx < pg_snapshot_xmin(pg_current_snapshot()) AND (tx, id) > (?::text::xid8, ?)
                        ORDER BY tx, id LIMIT ?""")
                .params(Long.toString(position.tx()), position.id(), batchSize)
                .query((rs, n) -> new Row(rs.getLong("tx"), rs.getLong("id"), rs.getString("topic"),
                        rs.getString("event_key"), rs.getString("headers"), rs.getString("payload")))
                .list();
        if (rows.isEmpty()) {
            return 0;
        }
        Row last = rows.get(rows.size() - 1);
        OutboxPosition next = new OutboxPosition(last.tx(), last.id());
        producer.beginTransaction();
        try {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Row row : rows) {
                ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
                json.readValue(row.headers(), HEADERS).forEach((name, value) ->
                        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                sent.add(producer.send(record));
            }
            producer.send(new ProducerRecord<>(Topic.RESPONSE_OUTBOX_POSITION.topicName(), name,
                    json.writeValueAsString(next)));
            producer.commitTransaction();
        } catch (RuntimeException e) {
            abortQuietly();
            throw e;
        }
        position = next;
        return rows.size();
    }

    /** Deletes rows already on Kafka; safe to skip or repeat. */
    public int prune() {
        return jdbc.sql("DELETE FROM outbox WHERE (tx, id) <= (?::text::xid8, ?)")
                .params(Long.toString(position.tx()), position.id()).update();
    }

    private void abortQuietly() {
        try {
            producer.abortTransaction();
        } catch (RuntimeException ignored) {
            // A fenced or broken producer cannot abort; the broker aborts the transaction when it times out.
        }
    }

    /** The last committed position on the position topic, or the start. */
    private OutboxPosition readPosition() {
        OutboxPosition[] found = {OutboxPosition.START};
        TopicReplay.readToEnd(bootstrapServers, Topic.RESPONSE_OUTBOX_POSITION.topicName(), (key, value) -> {
            if (name.equals(key) && value != null) {
                found[0] = json.readValue(value, OutboxPosition.class);
            }
        });
        return found[0];
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
