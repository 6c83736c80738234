package dev.parley.response.cases;

import dev.parley.events.Feeling;
import dev.parley.events.IntentLabel;
import dev.parley.events.SentimentLabel;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A customer post as the agent sees it in a case.
 *
 * @param intent      what triage took the customer to want, or null (posts triaged before intents existed)
 * @param topics      the taxonomy topics triage found, most likely first
 * @param language    the post's language tag, or null
 * @param triageModel the sentiment model that triaged it, or null
 * @param corrections the agents' corrections: field (sentiment, intent, topic) → the agent's value
 * @param feelings    the feelings triage found (anger, frustration, ...), strongest first
 */
public record CasePost(
        String postId,
        String externalId,
        String authorHandle,
        String text,
        SentimentLabel sentiment,
        double sentimentScore,
        int priority,
        List<String> priorityReasons,
        Instant createdAt,
        IntentLabel intent,
        List<String> topics,
        String language,
        String triageModel,
        Map<String, String> corrections,
        List<Feeling> feelings) {
}
