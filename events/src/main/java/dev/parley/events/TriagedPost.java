package dev.parley.events;

import java.time.Instant;
import java.util.List;

/**
 * A post with what triage found in it. Schema {@code triaged-post.v1}.
 *
 * @param post      the post as ingested
 * @param sentiment the customer's sentiment
 * @param priority  how soon it needs an answer, and why
 * @param model     the name and version of the sentiment model that triaged it, e.g. {@code default-sentiment@3f2a9c1e}
 * @param triagedAt when triage finished
 * @param feelings  the customer's feelings and whether the post is sarcastic
 * @param intent    what the customer wants
 * @param topics    the brand's taxonomy topics the post is about, most likely first; empty when none
 * @param language  the post's language
 * @param screening whether the post is spam, from a bot or irrelevant, with the reason
 * @param routing   the team, skills and language triage suggests
 * @param risks     safety, legal, health and media risk terms in the post; empty when none
 */
public record TriagedPost(SocialPost post, Sentiment sentiment, Priority priority, String model, Instant triagedAt,
                          Feelings feelings, Intent intent, List<TopicMatch> topics, DetectedLanguage language,
                          Screening screening, Routing routing, List<Risk> risks) {
    public TriagedPost {
        topics = topics == null ? List.of() : List.copyOf(topics);
        risks = risks == null ? List.of() : List.copyOf(risks);
    }
}
