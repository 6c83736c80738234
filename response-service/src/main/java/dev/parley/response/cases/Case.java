package dev.parley.response.cases;

import dev.parley.events.CaseStatus;
import dev.parley.events.Platform;
import dev.parley.events.SentimentLabel;
import dev.parley.response.sla.SlaTimers;
import java.time.Instant;

/**
 * A customer conversation being handled.
 *
 * @param caseId         Parley's id of the case
 * @param conversationId the conversation it follows (one case per conversation)
 * @param channel        {@code public} or {@code private}
 * @param sentiment      sentiment of the latest customer post
 * @param assignee       the agent who has it, or null
 * @param followUpOf     the closed case of the same conversation this one follows up, or null
 * @param sla            its SLA clocks
 */
public record Case(
        String caseId,
        String conversationId,
        String brand,
        Platform platform,
        String channel,
        CaseStatus status,
        int priority,
        SentimentLabel sentiment,
        String assignee,
        Instant createdAt,
        Instant updatedAt,
        String followUpOf,
        SlaTimers sla) {

    /** The case in another status, changed at {@code at}. */
    public Case withStatus(CaseStatus newStatus, Instant at) {
        return new Case(caseId, conversationId, brand, platform, channel, newStatus, priority, sentiment, assignee,
                createdAt, at, followUpOf, sla);
    }

    public Case withSla(SlaTimers timers) {
        return new Case(caseId, conversationId, brand, platform, channel, status, priority, sentiment, assignee,
                createdAt, updatedAt, followUpOf, timers);
    }

    public Case withPriority(int newPriority) {
        return new Case(caseId, conversationId, brand, platform, channel, status, newPriority, sentiment, assignee,
                createdAt, updatedAt, followUpOf, sla);
    }
}
