package dev.parley.response.replies;

import dev.parley.events.BrandCheck;
import dev.parley.events.CaseEvent;
import dev.parley.events.CaseEventType;
import dev.parley.events.ReplyRequested;
import dev.parley.events.Verdict;
import dev.parley.response.cases.Case;
import dev.parley.response.cases.CaseEvents;
import dev.parley.response.cases.CasePost;
import dev.parley.response.cases.CaseRepository;
import dev.parley.response.replies.BrandCheckGateway.BrandCheckUnavailableException;
import java.time.Clock;
import java.time.Instant;
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
    private final Clock clock;

    public ReplyWorkflow(CaseRepository cases, ReplyRepository replies, BrandCheckGateway brandCheck,
                         CaseEvents events, Clock clock) {
        this.cases = cases;
        this.replies = replies;
        this.brandCheck = brandCheck;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws NoSuchElementException when the case does not exist
     */
    public ReplyResult submit(String caseId, String agentId, String text) {
        Case target = cases.find(caseId).orElseThrow(() -> new NoSuchElementException("no case " + caseId));
        Instant now = clock.instant();
        Reply draft = new Reply(UUID.randomUUID().toString(), caseId, agentId, text, ReplyState.HELD, null, null,
                now, now);
        ReplyResult result = decide(target, draft);
        if (result.reply().state() == ReplyState.HELD) {
            announce(target, result.reply(), CaseEventType.REPLY_HELD, now);
        }
        return result;
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
            check = brandCheck.check(target.brand(), target.platform(), "private".equals(target.channel()),
                    draft.text());
        } catch (BrandCheckUnavailableException e) {
            Reply held = draft.decided(ReplyState.HELD, null, "brand check unavailable: " + e.getMessage(), now);
            replies.save(held);
            return new ReplyResult(held, null);
        }
        if (check.verdict() == Verdict.BLOCK) {
            Reply rejected = draft.decided(ReplyState.REJECTED, check.checkId(),
                    check.violations().size() + " brand violation(s), see the check", now);
            replies.save(rejected);
            return new ReplyResult(rejected, check);
        }
        Reply requested = draft.decided(ReplyState.REQUESTED, check.checkId(), null, now);
        replies.save(requested);
        CasePost answered = latestPost(target);
        events.replyRequested(new ReplyRequested(requested.replyId(), target.caseId(), target.conversationId(),
                target.brand(), target.platform(), answered.externalId(), "private".equals(target.channel()),
                requested.text(), requested.agentId(), check.checkId(), now, answered.authorHandle(),
                answered.createdAt()));
        announce(target, requested, CaseEventType.REPLY_REQUESTED, now);
        return new ReplyResult(requested, check);
    }

    private CasePost latestPost(Case target) {
        var posts = cases.posts(target.caseId());
        return posts.get(posts.size() - 1);
    }

    private void announce(Case target, Reply reply, CaseEventType type, Instant now) {
        events.caseChanged(new CaseEvent(UUID.randomUUID().toString(), type, target.caseId(),
                target.conversationId(), target.brand(), target.platform(), target.status(), target.priority(),
                target.sentiment(), null, reply.replyId(), now));
    }
}
