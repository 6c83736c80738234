package dev.parley.events;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The Kafka record headers every Parley event carries, after the CloudEvents Kafka protocol binding in
 * binary mode: the record value is the event's JSON, the attributes are {@code ce_}-prefixed headers
 * whose values are UTF-8 strings.
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";

    public static final String CLOUD_EVENTS_VERSION = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** Headers for a new event of {@code type}, produced by {@code source} (e.g. {@code /parley/triage-service}). */
    public static Map<String, String> forNewEvent(EventType type, String source) {
        return forEvent(type, source, UUID.randomUUID().toString(), Instant.now());
    }

    public static Map<String, String> forEvent(EventType type, String source, String id, Instant time) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, CLOUD_EVENTS_VERSION);
        headers.put(ID, id);
        headers.put(TYPE, type.cloudEventType());
        headers.put(SOURCE, source);
        headers.put(TIME, DateTimeFormatter.ISO_INSTANT.format(time));
        headers.put(DATA_SCHEMA, type.dataSchemaUri());
        headers.put(CONTENT_TYPE, JSON);
        return headers;
    }
}
