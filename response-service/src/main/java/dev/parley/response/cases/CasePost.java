package dev.parley.response.cases;

import dev.parley.events.SentimentLabel;
import java.time.Instant;
import java.util.List;

/** A customer post as the agent sees it in a case. */
public record CasePost(
        String postId,
        String externalId,
        String authorHandle,
        String text,
        SentimentLabel sentiment,
        double sentimentScore,
        int priority,
        List<String> priorityReasons,
        Instant createdAt) {
}
