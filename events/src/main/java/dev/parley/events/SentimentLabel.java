package dev.parley.events;

/** Three-class sentiment. JSON: {@code "negative"}, {@code "neutral"}, {@code "positive"}. */
public enum SentimentLabel implements WireEnum {
    NEGATIVE, NEUTRAL, POSITIVE
}
