package dev.parley.response.cases;

import dev.parley.events.CaseEventType;
import dev.parley.events.CaseStatus;
import dev.parley.events.TriagedPost;
import dev.parley.response.sla.SlaTimekeeper;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private final CaseRouting routing;
    private final Escalations escalations;
    private final CaseResolutions resolutions;
    private final PrivateMoves privateMoves;
    private final Clock clock;

    public CaseIntake(CaseRepository cases, CaseEvents events, SlaTimekeeper sla, CaseRouting routing,
                      Escalations escalations, CaseResolutions resolutions, PrivateMoves privateMoves, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.sla = sla;
        this.routing = routing;
        this.escalations = escalations;
        this.resolutions = resolutions;
        this.privateMoves = privateMoves;
        this.clock = clock;
    }

    /** Files posts in order, their conversations looked up together first (a poll's posts, in one transaction). */
    public void acceptAll(List<TriagedPost> posts) {
        cases.readConversationsAhead(posts);
        posts.forEach(this::accept);
    }

    public void accept(TriagedPost triaged) {
        Instant now = clock.instant();
        var post = triaged.post();
        ConversationCases conversation = cases.conversation(post.conversationId(), post.postId());
        if (conversation.live().isEmpty()) {
            if (conversation.postFiled()) {
                return; // delivered again after its case was closed
            }
            String closed = conversation.latestClosedId();
            String channel = post.kind().isPrivate() ? "private" : "public";
            Case opened = new Case(UUID.randomUUID().toString(), post.conversationId(), post.brand(), post.platform(),
                    channel, CaseStatus.NEW, triaged.priority().score(), triaged.sentiment().label(), null, now, now,
                    closed, sla.opened(triaged.priority().score(), post.platform(), channel, now), team(triaged),
                    skills(triaged), null, Set.of());
            cases.open(opened, triaged);
            events.caseChanged(opened, CaseEventType.OPENED, post.postId(), null, null, now);
            Case continuing = post.kind().isPrivate() ? continuePublicCase(opened, post.author().id(), now) : opened;
            Case handled = escalateByRule(routing.route(continuing, now), triaged, now);
            if (handled != opened) {
                cases.update(handled);
            }
            return;
        }
        Case existing = conversation.live().get();
        if (!cases.addPost(existing.caseId(), triaged)) {
            return;
        }
        if (existing.status() == CaseStatus.RESOLVED && resolutions.answersSurvey(existing, triaged, now)) {
            return; // the survey's answer: the case stays resolved
        }
        int priority = Math.max(existing.priority(), triaged.priority().score());
        Case updated = new Case(existing.caseId(), existing.conversationId(), existing.brand(), existing.platform(),
                existing.channel(), CaseLifecycle.afterCustomerPost(existing.status()), priority,
                triaged.sentiment().label(), existing.assignee(), existing.createdAt(), now, existing.followUpOf(),
                sla.customerPosted(existing.sla(), priority, existing.platform(), existing.channel(),
                        existing.createdAt(), now),
                existing.team() == null ? team(triaged) : existing.team(), union(existing.skills(), skills(triaged)),
                existing.escalation(), existing.tags());
        events.caseChanged(updated, CaseEventType.POST_ADDED, post.postId(), null, null, now);
        cases.update(escalateByRule(updated.assignee() == null ? routing.route(updated, now) : updated, triaged, now));
    }

    /**
     * A customer invited to private messages wrote there: the private case continues the public one (same owner), and
     * the public one is resolved.
     */
    private Case continuePublicCase(Case opened, String authorId, Instant now) {
        return privateMoves.waitingFor(opened.brand(), opened.platform(), authorId).flatMap(cases::find).map(publicCase -> {
            privateMoves.continued(publicCase.caseId(), opened.caseId(), now);
            Case resolved = publicCase.withStatus(CaseStatus.RESOLVED, now);
            cases.update(resolved);
            events.caseChanged(resolved, CaseEventType.CONTINUED_IN_PRIVATE, null, null,
                    "continued in private case " + opened.caseId(), now);
            return publicCase.assignee() == null ? opened : opened.withAssignee(publicCase.assignee(), now);
        }).orElse(opened);
    }

    private Case escalateByRule(Case current, TriagedPost triaged, Instant now) {
        return EscalationRules.forPost(triaged, now).map(step -> escalations.escalate(current, step)).orElse(current);
    }

    private static String team(TriagedPost triaged) {
        return triaged.routing() == null ? null : triaged.routing().team();
    }

    private static Set<String> skills(TriagedPost triaged) {
        return triaged.routing() == null ? Set.of() : Set.copyOf(triaged.routing().skills());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
