package dev.parley.events;

import java.time.Instant;

/**
 * A post with what triage found in it. Schema {@code triaged-post.v1}.
 *
 * @param post      the post as ingested
 * @param sentiment the customer's sentiment
 * @param priority  how soon it needs an answer, and why
 * @param model     the name and version of the model that triaged it, e.g. {@code lexicon-v1}
 * @param triagedAt when triage finished
 */
public record TriagedPost(SocialPost post, Sentiment sentiment, Priority priority, String model, Instant triagedAt) {
}
