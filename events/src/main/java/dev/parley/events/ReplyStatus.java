package dev.parley.events;

import java.time.Instant;

/**
 * What happened when ingestion published a reply. Schema {@code reply-status.v1}. Keyed by conversation id.
 *
 * @param replyId        the reply
 * @param caseId         its case
 * @param conversationId its conversation
 * @param outcome        sent or failed
 * @param externalId     the platform's id of the published reply when sent, else null
 * @param reason         why it failed, else null
 * @param occurredAt     when the platform answered
 */
public record ReplyStatus(
        String replyId,
        String caseId,
        String conversationId,
        ReplyOutcome outcome,
        String externalId,
        String reason,
        Instant occurredAt) {
}
