package dev.parley.response.replies;

import dev.parley.events.BrandCheck;
import dev.parley.events.CaseEventType;
import dev.parley.events.ReplyOutcome;
import dev.parley.events.ReplyRequested;
import dev.parley.events.ReplyStatus;
import dev.parley.events.Verdict;
import dev.parley.response.cases.Case;
import dev.parley.response.cases.CaseLifecycle;
import dev.parley.response.cases.CaseEvents;
import dev.parley.response.cases.CasePost;
import dev.parley.response.cases.CaseRepository;
import dev.parley.response.replies.BrandCheckGateway.BrandCheckUnavailableException;
import dev.parley.response.sla.SlaTimekeeper;
import dev.parley.response.privacy.AccountDetails;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Draft → brand check → requested for publishing. A reply is only ever requested after a check
 * passed it: when brand voice cannot answer, the reply is held and checked again later.
 */
public class ReplyWorkflow {
    private final CaseRepository cases;
    private final ReplyRepository replies;
    private final BrandCheckGateway brandCheck;
    private final CaseEvents events;
    private final SlaTimekeeper sla;
    private final ApprovalPolicy approval;
    private final Clock clock;

    public ReplyWorkflow(CaseRepository cases, ReplyRepository replies, BrandCheckGateway brandCheck,
                         CaseEvents events, SlaTimekeeper sla, ApprovalPolicy approval, Clock clock) {
        this.cases = cases;
        this.replies = replies;
        this.brandCheck = brandCheck;
        this.events = events;
        this.sla = sla;
        this.approval = approval;
        this.clock = clock;
    }

    /**
     * @throws NoSuchElementException when the case does not exist
     */
    public ReplyResult submit(String caseId, String agentId, String text) {
        Case target = cases.find(caseId).orElseThrow(() -> new NoSuchElementException("no case " + caseId));
        List<String> details = AccountDetails.in(text);
        if (!details.isEmpty() && !"private".equals(target.channel())) {
            throw new AccountDetailsInPublicException(details);
        }
        Instant now = clock.instant();
        Reply draft = new Reply(UUID.randomUUID().toString(), caseId, agentId, text, ReplyState.HELD, null, null, null,
                now, now, null);
        ReplyResult result = decide(target, draft);
        if (result.reply().state() == ReplyState.HELD) {
            events.caseChanged(target, CaseEventType.REPLY_HELD, null, result.reply().replyId(), result.reply().reason(),
                    now);
        }
        return result;
    }

    /**
     * Sends a failed reply's text again, as a new reply with its own checks.
     *
     * @throws NoSuchElementException when the case or the reply in it does not exist
     * @throws IllegalStateException  when the reply did not fail
     */
    public ReplyResult retry(String caseId, String replyId, String agentId) {
        Reply failed = replies.find(replyId).filter(r -> r.caseId().equals(caseId))
                .orElseThrow(() -> new NoSuchElementException("no reply " + replyId + " in case " + caseId));
        if (failed.state() != ReplyState.FAILED) {
            throw new IllegalStateException("only a failed reply can be retried; this one is " + failed.state().wireName());
        }
        return submit(caseId, agentId, failed.text());
    }

    /**
     * What ingestion reported for a requested reply; a report repeated, or for a reply not requested, changes
     * nothing.
     */
    public void recordOutcome(ReplyStatus status) {
        Reply reply = replies.find(status.replyId()).orElse(null);
        if (reply == null || reply.state() != ReplyState.REQUESTED) {
            return;
        }
        Instant now = clock.instant();
        boolean sent = status.outcome() == ReplyOutcome.SENT;
        replies.save(reply.published(sent, status.externalId(), status.reason(), now));
        Case target = cases.findForChange(reply.caseId()).orElseThrow();
        if (!sent) {
            target = target.withStatus(CaseLifecycle.afterFailedReply(target.status()), now);
            cases.update(target);
        }
        events.caseChanged(target, sent ? CaseEventType.REPLY_SENT : CaseEventType.REPLY_FAILED, null, reply.replyId(),
                sent ? null : status.reason(), now);
    }

    /** Whether our reply (requested or sent) came after the customer's last post. */
    public boolean lastMessageOurs(String caseId) {
        Instant lastPost = latestPost(caseId).createdAt();
        return replies.forCase(caseId).stream()
                .anyMatch(r -> (r.state() == ReplyState.REQUESTED || r.state() == ReplyState.SENT)
                        && r.createdAt().isAfter(lastPost));
    }

    /** Checks held replies again; returns how many were decided. */
    public int retryHeld(int limit) {
        int decided = 0;
        for (Reply held : replies.held(limit)) {
            Case target = cases.find(held.caseId()).orElseThrow();
            if (decide(target, held).reply().state() != ReplyState.HELD) {
                decided++;
            } else {
                break;
            }
        }
        return decided;
    }

    private ReplyResult decide(Case target, Reply draft) {
        Instant now = clock.instant();
        BrandCheck check;
        try {
            CasePost answering = latestPost(target.caseId());
            check = brandCheck.check(new BrandCheckGateway.DraftToCheck(target.brand(), target.platform(),
                    "private".equals(target.channel()), draft.text(), answering.text(), answering.authorHandle(),
                    answering.sentiment(), answering.feelings(), target.caseId(), draft.replyId(), draft.agentId(),
                    target.team()));
        } catch (BrandCheckUnavailableException e) {
            Reply held = draft.checked(ReplyState.HELD, null, "brand check unavailable: " + e.getMessage(), now);
            replies.save(held);
            return new ReplyResult(held, null);
        }
        if (check.verdict() == Verdict.BLOCK) {
            Reply rejected = draft.checked(ReplyState.REJECTED, check,
                    check.violations().size() + " brand violation(s), see the check", now);
            replies.save(rejected);
            return new ReplyResult(rejected, check);
        }
        var approvalReason = approval.approvalNeeded(target, draft.agentId());
        if (approvalReason.isPresent()) {
            Reply pending = draft.checked(ReplyState.PENDING_APPROVAL, check, approvalReason.get(), now);
            replies.save(pending);
            events.caseChanged(target, CaseEventType.REPLY_AWAITING_APPROVAL, null, pending.replyId(),
                    approvalReason.get(), now);
            return new ReplyResult(pending, check);
        }
        return new ReplyResult(publish(target, draft.checked(ReplyState.REQUESTED, check, null, now), now),
                check);
    }

    /**
     * A supervisor approves a reply waiting for approval: it is published; or rejects it with the reason.
     *
     * @throws NoSuchElementException when the case or the reply in it does not exist
     * @throws IllegalStateException  when the reply does not wait for approval
     */
    public Reply decideApproval(String caseId, String replyId, String supervisorId, boolean approve, String reason) {
        Reply pending = replies.find(replyId).filter(r -> r.caseId().equals(caseId))
                .orElseThrow(() -> new NoSuchElementException("no reply " + replyId + " in case " + caseId));
        if (pending.state() != ReplyState.PENDING_APPROVAL) {
            throw new IllegalStateException("the reply is " + pending.state().wireName() + ", not pending_approval");
        }
        Case target = cases.find(caseId).orElseThrow();
        Instant now = clock.instant();
        if (!approve) {
            Reply rejected = pending.decided(ReplyState.REJECTED,
                    "rejected by " + supervisorId + (reason == null ? "" : ": " + reason), now);
            replies.save(rejected);
            return rejected;
        }
        return publish(target, pending.decided(ReplyState.REQUESTED, "approved by " + supervisorId, now),
                now);
    }

    /** Hands the reply to ingestion; the case now waits for the customer. */
    private Reply publish(Case target, Reply requested, Instant now) {
        replies.save(requested);
        CasePost answered = latestPost(target.caseId());
        events.replyRequested(new ReplyRequested(requested.replyId(), target.caseId(), target.conversationId(),
                target.brand(), target.platform(), answered.externalId(), "private".equals(target.channel()),
                requested.text(), requested.agentId(), requested.checkId(), now, answered.authorHandle(),
                answered.createdAt()));
        // Read again, locked: the brand check took time, and the case may have changed meanwhile.
        Case current = cases.findForChange(target.caseId()).orElseThrow();
        Case answering = current.withStatus(CaseLifecycle.afterReply(current.status()), now)
                .withSla(sla.replied(current.sla(), now));
        cases.update(answering);
        events.caseChanged(answering, CaseEventType.REPLY_REQUESTED, null, requested.replyId(), null, now);
        return requested;
    }

    private CasePost latestPost(String caseId) {
        var posts = cases.posts(caseId);
        return posts.get(posts.size() - 1);
    }
}
