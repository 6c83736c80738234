package dev.parley.analytics.kpi;

import dev.parley.events.SentimentLabel;
import dev.parley.events.TriagedPost;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one triaged post adds to the KPIs. Spam, bots and off-topic posts count nowhere but in
 * {@code excluded_posts} (by reason), so they cannot move volumes or sentiment; duplicates never get this far
 * (ingestion stores each platform item once).
 */
public final class PostFacts {
    private PostFacts() {
    }

    /** The post's main topic (triage's first), or {@code none}. */
    public static String topicOf(TriagedPost triaged) {
        return triaged.topics().isEmpty() ? "none" : triaged.topics().get(0).topic();
    }

    /** Spam, bot or off-topic: left out of every KPI but the exclusions. */
    public static boolean excluded(TriagedPost triaged) {
        return triaged.screening() != null && triaged.screening().flagged();
    }

    public static List<Fact> of(TriagedPost triaged) {
        var post = triaged.post();
        String topic = topicOf(triaged);
        Map<String, String> where = Dimensions.of("brand", post.brand(), "platform", post.platform().wireName(),
                "channel", post.kind().isPrivate() ? "private" : "public", "topic", topic,
                "team", triaged.routing() == null ? null : triaged.routing().team());
        if (excluded(triaged)) {
            Map<String, String> excluded = Dimensions.of("brand", post.brand(), "platform", post.platform().wireName(),
                    "reason", triaged.screening().label().wireName());
            return List.of(new Fact(Kpi.EXCLUDED_POSTS, excluded, 1));
        }
        Map<String, String> withSentiment = new TreeMap<>(where);
        withSentiment.put("sentiment", triaged.sentiment().label().wireName());
        return List.of(new Fact(Kpi.POST_VOLUME, withSentiment, 1),
                Fact.of(Kpi.NEGATIVE_SHARE, where, triaged.sentiment().label() == SentimentLabel.NEGATIVE),
                new Fact(Kpi.SENTIMENT_INDEX, where, 100 * triaged.sentiment().score()));
    }
}
