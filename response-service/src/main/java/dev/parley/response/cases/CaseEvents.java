package dev.parley.response.cases;

import dev.parley.events.CaseEvent;
import dev.parley.events.CaseEventType;
import dev.parley.events.ReplyRequested;
import dev.parley.events.TriageCorrection;
import java.time.Instant;
import java.util.UUID;

/** Where the response domain announces what it did; implementations record it in the change's transaction. */
public interface CaseEvents {

    void caseChanged(CaseEvent event);

    /** Announces a change to {@code changed}, as it is after the change. */
    default void caseChanged(Case changed, CaseEventType type, String postId, String replyId, String reason, Instant at) {
        caseChanged(changed, type, postId, replyId, reason, at, null, null);
    }

    /** As above, with the customer's survey answer ({@code csat_answered}). */
    default void caseChanged(Case changed, CaseEventType type, String postId, String replyId, String reason, Instant at,
            Integer csat, Integer nps) {
        caseChanged(new CaseEvent(UUID.randomUUID().toString(), type, changed.caseId(), changed.conversationId(),
                changed.brand(), changed.platform(), changed.status(), changed.priority(), changed.sentiment(), postId,
                replyId, at, changed.followUpOf(), reason, csat, nps, changed.channel(), changed.createdAt(),
                changed.assignee(), changed.team(), changed.skills().stream().filter(s -> s.startsWith("topic:"))
                        .sorted().findFirst().map(s -> s.substring("topic:".length())).orElse(null)));
    }

    void replyRequested(ReplyRequested reply);

    /** An agent corrected what triage found in a post (the feedback loop of triage). */
    void triageCorrected(TriageCorrection correction);
}
