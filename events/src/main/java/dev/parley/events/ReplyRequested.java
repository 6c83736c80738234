package dev.parley.events;

import java.time.Instant;

/**
 * An agent's reply, checked and ready for ingestion to publish on the platform. Schema
 * {@code reply-requested.v1}. Keyed by conversation id.
 *
 * @param replyId        unique id of the reply; ingestion publishes each id at most once
 * @param caseId         the case answered
 * @param conversationId the conversation answered
 * @param brand          the brand that answers
 * @param platform       where to publish
 * @param inReplyTo      the platform id of the customer's item being answered
 * @param privateChannel true to answer by direct message, false to answer publicly
 * @param text           the reply's text
 * @param agentId        the agent who wrote it
 * @param checkId        the brand check that passed it
 * @param requestedAt    when the reply was requested
 * @param customerHandle the handle of the customer answered (mentioned on public replies where the
 *                       platform expects it), else null
 * @param customerPostAt when the customer's item being answered was posted (messaging windows such as
 *                       Meta's 24 hours count from it), else null
 */
public record ReplyRequested(
        String replyId,
        String caseId,
        String conversationId,
        String brand,
        Platform platform,
        String inReplyTo,
        boolean privateChannel,
        String text,
        String agentId,
        String checkId,
        Instant requestedAt,
        String customerHandle,
        Instant customerPostAt) {
}
