package dev.parley.response.cases;

import dev.parley.events.CaseEventType;
import dev.parley.events.CaseStatus;
import dev.parley.events.TriagedPost;
import dev.parley.response.sla.SlaTimekeeper;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Files a triaged post into its conversation's case: opens the case on the first post, adds to it on later
 * ones (a case waiting for the customer, or resolved, opens again), opens a follow-up case linked to a closed
 * one, and ignores a post it has already filed.
 */
public class CaseIntake {
    private final CaseRepository cases;
    private final CaseEvents events;
    private final SlaTimekeeper sla;
    private final Clock clock;

    public CaseIntake(CaseRepository cases, CaseEvents events, SlaTimekeeper sla, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.sla = sla;
        this.clock = clock;
    }

    public void accept(TriagedPost triaged) {
        Instant now = clock.instant();
        var post = triaged.post();
        Optional<Case> live = cases.findByConversation(post.conversationId());
        if (live.isEmpty()) {
            if (cases.hasPost(post.postId())) {
                return; // delivered again after its case was closed
            }
            String closed = cases.latestClosed(post.conversationId()).map(Case::caseId).orElse(null);
            String channel = post.kind().isPrivate() ? "private" : "public";
            Case opened = new Case(UUID.randomUUID().toString(), post.conversationId(), post.brand(), post.platform(),
                    channel, CaseStatus.NEW, triaged.priority().score(), triaged.sentiment().label(), null, now, now,
                    closed, sla.opened(triaged.priority().score(), post.platform(), channel, now));
            cases.insert(opened);
            cases.addPost(opened.caseId(), triaged);
            events.caseChanged(opened, CaseEventType.OPENED, post.postId(), null, null, now);
            return;
        }
        Case existing = live.get();
        if (!cases.addPost(existing.caseId(), triaged)) {
            return;
        }
        int priority = Math.max(existing.priority(), triaged.priority().score());
        Case updated = new Case(existing.caseId(), existing.conversationId(), existing.brand(), existing.platform(),
                existing.channel(), CaseLifecycle.afterCustomerPost(existing.status()), priority,
                triaged.sentiment().label(), existing.assignee(), existing.createdAt(), now, existing.followUpOf(),
                sla.customerPosted(existing.sla(), priority, existing.platform(), existing.channel(),
                        existing.createdAt(), now));
        cases.update(updated);
        events.caseChanged(updated, CaseEventType.POST_ADDED, post.postId(), null, null, now);
    }
}
