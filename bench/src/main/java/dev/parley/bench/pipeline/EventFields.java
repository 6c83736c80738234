package dev.parley.bench.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first occurrence of a few text fields in an event's JSON, read by streaming and stopping once found:
 * the probe reads tens of thousands of events a second on the same cores as the pipeline it measures.
 */
final class EventFields {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventFields() {
    }

    /** The values of {@code names} (those found), each the first field of that name at any depth. */
    static Map<String, String> first(byte[] json, List<String> names) {
        Map<String, String> found = new HashMap<>();
        try (JsonParser parser = JSON.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null && found.size() < names.size();
                 token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME && names.contains(parser.currentName())
                        && !found.containsKey(parser.currentName())) {
                    String name = parser.currentName();
                    if (parser.nextToken() == JsonToken.VALUE_STRING) {
                        found.put(name, parser.getString());
                    }
                }
            }
        }
        return found;
    }
}
