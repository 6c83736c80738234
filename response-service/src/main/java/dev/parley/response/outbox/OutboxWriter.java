package dev.parley.response.outbox;

import dev.parley.events.CloudEventHeaders;
import dev.parley.events.EventType;
import dev.parley.events.Topic;
import dev.parley.response.persistence.TransactionScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcOperations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an event into the outbox inside the caller's database transaction: the change and its event are
 * committed together or not at all. Its CloudEvents headers are fixed now, so a relay retry sends the same
 * {@code ce_id} and {@code ce_time}.
 * <p>
 * Within a transaction the rows are kept and inserted as one batch just before it commits, in the order they
 * were written: nothing reads the outbox inside the transaction that writes it, and a poll of triaged posts
 * writes one event or more a post. The insert notifies {@link OutboxRelay#NEW_ROWS}, which PostgreSQL
 * delivers on commit, so an idle relay publishes at once instead of at its next look.
 */
public class OutboxWriter {
    private static final String INSERT = "INSERT INTO outbox (topic, event_key, headers, payload) VALUES (?, ?, ?::jsonb, ?)";

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final String source;

    public OutboxWriter(JdbcOperations jdbc, JsonMapper json, String source) {
        this.jdbc = jdbc;
        this.json = json;
        this.source = source;
    }

    public void write(Topic topic, String key, Record event) {
        Map<String, String> headers = CloudEventHeaders.forNewEvent(EventType.of(event.getClass()), source);
        Object[] row = {topic.topicName(), key, json.writeValueAsString(headers), json.writeValueAsString(event)};
        List<Object[]> pending = TransactionScoped.get(this, ArrayList::new, this::insert);
        if (pending == null) {
            insert(List.<Object[]>of(row));
        } else {
            pending.add(row);
        }
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate(INSERT, rows);
        jdbc.execute("NOTIFY " + OutboxRelay.NEW_ROWS);
    }
}
