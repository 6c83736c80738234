package dev.parley.brandvoice.outcomes;

import java.time.Instant;
import java.util.List;

/**
 * A reply that went out, with the brand's preferred phrases and voice attributes it used.
 *
 * @param phrases    the preferred phrases found in it
 * @param attributes the voice attributes whose cues were found in it
 */
public record SentReply(String replyId, String caseId, String conversationId, String brand, String agentId,
        List<String> phrases, List<String> attributes, Instant requestedAt) {
    public SentReply {
        phrases = List.copyOf(phrases);
        attributes = List.copyOf(attributes);
    }
}
