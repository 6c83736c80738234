package dev.parley.ingestion.platform;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON to and from platform APIs; an answer that is not what the API documents is a clear failure.
 */
public final class PlatformJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlatformJson() {
    }

    static Map<String, Object> object(HttpResponse<String> response, String platform) {
        try {
            return JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() { });
        } catch (JacksonException e) {
            throw new PlatformCallException(platform + " answered " + response.statusCode() + " with a body that is not a JSON"
                    + " object: " + e.getOriginalMessage(), response.statusCode(), false, null, e);
        }
    }

    /** A {@code POST} of {@code body} as JSON, authorised by an OAuth bearer token. */
    public static HttpRequest post(URI uri, String bearerToken, Object body) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + bearerToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    public static String text(Map<String, Object> object, String name) {
        Object value = object.get(name);
        return value == null ? null : value.toString();
    }
}
