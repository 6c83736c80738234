package dev.parley.response.replies;

import java.time.Instant;

/**
 * An agent's reply to a case.
 *
 * @param checkId the brand check that decided it, null while held
 * @param reason     why it is held, rejected or failed, else null
 * @param externalId the platform's id of the published reply once sent, else null
 */
public record Reply(
        String replyId,
        String caseId,
        String agentId,
        String text,
        ReplyState state,
        String checkId,
        String reason,
        Instant createdAt,
        Instant updatedAt,
        String externalId) {

    Reply decided(ReplyState newState, String newCheckId, String newReason, Instant at) {
        return new Reply(replyId, caseId, agentId, text, newState, newCheckId, newReason, createdAt, at, externalId);
    }

    /** What the platform said: sent (with its id for the reply) or failed (with the reason). */
    Reply published(boolean sent, String platformId, String failure, Instant at) {
        return new Reply(replyId, caseId, agentId, text, sent ? ReplyState.SENT : ReplyState.FAILED, checkId,
                sent ? null : failure, createdAt, at, platformId);
    }
}
