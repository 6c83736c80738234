package dev.parley.response.replies;

import java.time.Instant;

/**
 * An agent's reply to a case.
 *
 * @param checkId the brand check that decided it, null while held
 * @param reason  why it is held or rejected, else null
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
        Instant updatedAt) {

    Reply decided(ReplyState newState, String newCheckId, String newReason, Instant at) {
        return new Reply(replyId, caseId, agentId, text, newState, newCheckId, newReason, createdAt, at);
    }
}
