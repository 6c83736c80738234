package dev.parley.events;

import java.time.Instant;

/**
 * One change to a case, for analytics and audit. Schema {@code case-event.v1}. Keyed by conversation id.
 *
 * @param eventId        unique id of this change
 * @param type           what happened
 * @param caseId         the case
 * @param conversationId the conversation the case follows
 * @param brand          the brand the case belongs to
 * @param platform       where the conversation takes place
 * @param status         the case's status after the change
 * @param priority       the case's priority (0..100) after the change
 * @param sentiment      the sentiment of the latest customer post, else null
 * @param postId         the post that caused the change, else null
 * @param replyId        the reply that caused the change, else null
 * @param occurredAt     when the change was committed
 * @param followUpOf     for a case opened by a post in a closed conversation, the closed case; else null
 * @param reason         why, for status changes by hand and failed replies; else null
 * @param csat           for {@code csat_answered}: the customer's satisfaction, 1 (very unsatisfied) to 5; else null
 * @param nps            for {@code csat_answered}: how likely the customer is to recommend the brand, 0 to 10, when
 *                       asked and answered; else null
 * @param channel        {@code public} or {@code private}; null in events written before it was added
 * @param openedAt       when the case was opened (so response and resolution times need no history); may be null
 * @param assignee       the agent who has the case after the change, or null
 * @param team           the team the case is routed to, or null
 * @param topic          the case's main topic (the first topic triage found), or null
 */
public record CaseEvent(
        String eventId,
        CaseEventType type,
        String caseId,
        String conversationId,
        String brand,
        Platform platform,
        CaseStatus status,
        int priority,
        SentimentLabel sentiment,
        String postId,
        String replyId,
        Instant occurredAt,
        String followUpOf,
        String reason,
        Integer csat,
        Integer nps,
        String channel,
        Instant openedAt,
        String assignee,
        String team,
        String topic) {
}
