package dev.parley.response.replies;

import dev.parley.events.BrandCheck;
import java.time.Instant;

/**
 * An agent's reply to a case.
 *
 * @param checkId the brand check that decided it, null while held
 * @param guidelineVersion the version of the brand's guidelines that check applied (e.g. {@code acme-air@3}), null
 *                         while held
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
        String guidelineVersion,
        String reason,
        Instant createdAt,
        Instant updatedAt,
        String externalId) {

    /** Decided by a brand check ({@code check} null while held). */
    Reply checked(ReplyState newState, BrandCheck check, String newReason, Instant at) {
        return new Reply(replyId, caseId, agentId, text, newState, check == null ? null : check.checkId(),
                check == null ? null : check.guidelineVersion(), newReason, createdAt, at, externalId);
    }

    /** Decided by a supervisor, after its check. */
    Reply decided(ReplyState newState, String newReason, Instant at) {
        return new Reply(replyId, caseId, agentId, text, newState, checkId, guidelineVersion, newReason, createdAt, at,
                externalId);
    }

    /** What the platform said: sent (with its id for the reply) or failed (with the reason). */
    Reply published(boolean sent, String platformId, String failure, Instant at) {
        return new Reply(replyId, caseId, agentId, text, sent ? ReplyState.SENT : ReplyState.FAILED, checkId,
                guidelineVersion, sent ? null : failure, createdAt, at, platformId);
    }
}
