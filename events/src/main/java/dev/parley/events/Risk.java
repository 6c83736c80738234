package dev.parley.events;

/**
 * A risk term triage found in a post.
 *
 * @param kind safety, legal, health or media
 * @param term the words that showed it, e.g. {@code lawyer}
 */
public record Risk(RiskKind kind, String term) {
}
