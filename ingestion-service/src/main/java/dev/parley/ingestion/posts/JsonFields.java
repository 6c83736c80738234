package dev.parley.ingestion.posts;

import dev.parley.events.WireEnum;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads fields of a parsed JSON object (maps and lists), collecting every problem instead of stopping
 * at the first, so a client learns all that is wrong with a payload at once.
 */
public final class JsonFields {
    private final List<FieldError> errors = new ArrayList<>();

    /** A non-blank string (numbers are accepted as their text); null when absent and not required. */
    public String text(Map<String, Object> object, String name, String path, boolean required) {
        Object value = object.get(name);
        if (value == null) {
            if (required) {
                reject(path, "is required");
            }
            return null;
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (!(value instanceof String s)) {
            reject(path, "must be a string");
            return null;
        }
        if (s.isBlank()) {
            reject(path, "must not be blank");
            return null;
        }
        return s;
    }

    /** A nested object; empty when absent (then, if required, an error). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object(Map<String, Object> object, String name, String path, boolean required) {
        Object value = object.get(name);
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (value != null || required) {
            reject(path, value == null ? "is required" : "must be an object");
        }
        return Map.of();
    }

    /** A whole number of at least 0; 0 when absent. */
    public long count(Map<String, Object> object, String name, String path) {
        Object value = object.get(name);
        if (value instanceof Number n && n.longValue() >= 0 && n.doubleValue() == n.longValue()) {
            return n.longValue();
        }
        if (value != null) {
            reject(path, "must be a whole number of at least 0");
        }
        return 0;
    }

    /** true or false; false when absent. */
    public boolean flag(Map<String, Object> object, String name, String path) {
        Object value = object.getOrDefault(name, Boolean.FALSE);
        if (!(value instanceof Boolean b)) {
            reject(path, "must be true or false");
            return false;
        }
        return b;
    }

    public <E extends Enum<E> & WireEnum> E enumValue(Map<String, Object> object, String name, Class<E> type,
                                                      boolean required) {
        String value = text(object, name, name, required);
        if (value == null) {
            return null;
        }
        try {
            return WireEnum.parse(type, value);
        } catch (IllegalArgumentException e) {
            reject(name, e.getMessage());
            return null;
        }
    }

    /** A time read by {@code parser}; null when absent and not required. */
    public Instant instant(Map<String, Object> object, String name, String path, boolean required,
                           Function<String, Instant> parser, String expected) {
        String value = text(object, name, path, required);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            reject(path, "must be " + expected);
            return null;
        }
    }

    public void reject(String path, String reason) {
        errors.add(new FieldError(path, reason));
    }

    /**
     * @throws InvalidPostException listing every problem found so far, if any
     */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidPostException(errors);
        }
    }
}
