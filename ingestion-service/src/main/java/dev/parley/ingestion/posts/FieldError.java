package dev.parley.ingestion.posts;

/** One thing wrong with one field of an incoming post, e.g. {@code text: must not be blank}. */
public record FieldError(String field, String reason) {
}
