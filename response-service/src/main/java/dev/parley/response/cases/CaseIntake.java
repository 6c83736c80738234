package dev.parley.response.cases;

import dev.parley.events.CaseEvent;
import dev.parley.events.CaseEventType;
import dev.parley.events.CaseStatus;
import dev.parley.events.TriagedPost;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Files a triaged post into its conversation's case: opens the case on the first post, adds to it on
 * later ones (a resolved case reopens), and ignores a post it has already filed.
 */
public class CaseIntake {
    private final CaseRepository cases;
    private final CaseEvents events;
    private final Clock clock;

    public CaseIntake(CaseRepository cases, CaseEvents events, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    public void accept(TriagedPost triaged) {
        Instant now = clock.instant();
        var post = triaged.post();
        Case existing = cases.findByConversation(post.conversationId()).orElse(null);
        Case current;
        CaseEventType type;
        if (existing == null) {
            current = new Case(UUID.randomUUID().toString(), post.conversationId(), post.brand(), post.platform(),
                    post.kind().isPrivate() ? "private" : "public", CaseStatus.NEW, triaged.priority().score(),
                    triaged.sentiment().label(), null, now, now);
            cases.insert(current);
            type = CaseEventType.OPENED;
        } else {
            current = existing;
            type = CaseEventType.POST_ADDED;
        }
        if (!cases.addPost(current.caseId(), triaged)) {
            return;
        }
        if (existing != null) {
            CaseStatus status = existing.status() == CaseStatus.RESOLVED ? CaseStatus.OPEN : existing.status();
            current = new Case(existing.caseId(), existing.conversationId(), existing.brand(), existing.platform(),
                    existing.channel(), status, Math.max(existing.priority(), triaged.priority().score()),
                    triaged.sentiment().label(), existing.assignee(), existing.createdAt(), now);
            cases.update(current);
        }
        events.caseChanged(new CaseEvent(UUID.randomUUID().toString(), type, current.caseId(),
                current.conversationId(), current.brand(), current.platform(), current.status(), current.priority(),
                current.sentiment(), post.postId(), null, now));
    }
}
