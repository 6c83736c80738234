package dev.parley.ingestion.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of an export holds each field of Parley's generic post ({@code --map field=column},
 * repeatable). A field that is not mapped is read from the column of its own name. Nested fields use
 * dots ({@code author.id}); numbers and true/false in text cells are read as such.
 *
 * @param columns the column of each mapped field
 */
public record ColumnMapping(Map<String, String> columns) {
    /** The generic post's fields, and {@code label} for the labelled layout. */
    static final List<String> FIELDS = List.of("platform", "externalId", "brand", "kind", "text", "author.id",
            "author.handle", "author.name", "author.followers", "author.verified", "createdAt", "inReplyTo",
            "conversationId", "language", "url", "label");

    public ColumnMapping {
        columns = Map.copyOf(columns);
        columns.keySet().stream().filter(field -> !FIELDS.contains(field)).findFirst().ifPresent(field -> {
            throw new IllegalArgumentException("--map: '" + field + "' is not one of " + FIELDS);
        });
    }

    public static ColumnMapping identity() {
        return new ColumnMapping(Map.of());
    }

    /** {@code field=column} as given on the command line. */
    public ColumnMapping with(String fieldEqualsColumn) {
        int eq = fieldEqualsColumn.indexOf('=');
        if (eq <= 0 || eq == fieldEqualsColumn.length() - 1) {
            throw new IllegalArgumentException("--map takes field=column, e.g. text=body; was '" + fieldEqualsColumn + "'");
        }
        Map<String, String> more = new HashMap<>(columns);
        more.put(fieldEqualsColumn.substring(0, eq), fieldEqualsColumn.substring(eq + 1));
        return new ColumnMapping(more);
    }

    /** The value of {@code field} in {@code row}, or null. */
    Object value(Map<String, Object> row, String field) {
        Object value = columns.containsKey(field) ? row.get(columns.get(field)) : row.get(field);
        int dot = field.indexOf('.');
        if (value == null && !columns.containsKey(field) && dot > 0 && row.get(field.substring(0, dot)) instanceof Map<?, ?> nested) {
            value = nested.get(field.substring(dot + 1));
        }
        if (value instanceof String text && (field.equals("author.followers") || field.equals("author.verified"))) {
            return field.equals("author.verified") ? (Object) Boolean.parseBoolean(text.trim()) : parseCount(text);
        }
        return value;
    }

    /** {@code row} as a generic post (the body of {@code POST /api/v1/posts}); {@code label} is left out. */
    @SuppressWarnings("unchecked")
    Map<String, Object> genericPost(Map<String, Object> row) {
        Map<String, Object> post = new HashMap<>();
        for (String field : FIELDS) {
            Object value = field.equals("label") ? null : value(row, field);
            if (value == null) {
                continue;
            }
            if (field.startsWith("author.")) {
                ((Map<String, Object>) post.computeIfAbsent("author", k -> new HashMap<String, Object>()))
                        .put(field.substring("author.".length()), value);
            } else {
                post.put(field, value);
            }
        }
        return post;
    }

    private static Object parseCount(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
