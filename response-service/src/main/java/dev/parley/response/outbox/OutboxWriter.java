package dev.parley.response.outbox;

import dev.parley.events.CloudEventHeaders;
import dev.parley.events.EventType;
import dev.parley.events.Topic;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an event into the outbox inside the caller's database transaction: the change and its event are
 * committed together or not at all. Its CloudEvents headers are fixed now, so a relay retry sends the same
 * {@code ce_id} and {@code ce_time}.
 */
public class OutboxWriter {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String source;

    public OutboxWriter(JdbcClient jdbc, JsonMapper json, String source) {
        this.jdbc = jdbc;
        this.json = json;
        this.source = source;
    }

    public void write(Topic topic, String key, Record event) {
        Map<String, String> headers = CloudEventHeaders.forNewEvent(EventType.of(event.getClass()), source);
        jdbc.sql("INSERT INTO outbox (topic, event_key, headers, payload) VALUES (?, ?, ?::jsonb, ?)")
                .params(topic.topicName(), key, json.writeValueAsString(headers), json.writeValueAsString(event))
                .update();
    }
}
