package dev.parley.events;

/**
 * How the customer feels about the brand in one post.
 *
 * @param label      negative, neutral or positive
 * @param score      from -1 (most negative) to 1 (most positive)
 * @param confidence from 0 to 1: how sure the model is of {@code label}
 */
public record Sentiment(SentimentLabel label, double score, double confidence) {
}
