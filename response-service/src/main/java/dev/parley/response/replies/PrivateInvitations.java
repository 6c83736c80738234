package dev.parley.response.replies;

import dev.parley.response.cases.Case;
import dev.parley.response.cases.CaseRepository;
import dev.parley.response.cases.PrivateMoves;
import java.time.Clock;
import java.util.NoSuchElementException;

/**
 * Moves a public conversation to private messages: a public reply invites the customer to write privately, with no
 * account details in it; when they do, their private case continues this one.
 */
public class PrivateInvitations {
    static final String DEFAULT_INVITATION = "We'd like to look into this with you privately. Please send us a direct "
            + "message and we'll pick it up there.";

    private final CaseRepository cases;
    private final ReplyWorkflow workflow;
    private final PrivateMoves moves;
    private final Clock clock;

    public PrivateInvitations(CaseRepository cases, ReplyWorkflow workflow, PrivateMoves moves, Clock clock) {
        this.cases = cases;
        this.workflow = workflow;
        this.moves = moves;
        this.clock = clock;
    }

    /**
     * @param text the invitation, or null for the default
     * @throws IllegalStateException            when the case is already private
     * @throws AccountDetailsInPublicException when the invitation contains account details
     */
    public ReplyResult invite(String caseId, String agentId, String text) {
        Case target = cases.find(caseId).orElseThrow(() -> new NoSuchElementException("no case " + caseId));
        if ("private".equals(target.channel())) {
            throw new IllegalStateException("case " + caseId + " is already in private messages");
        }
        ReplyResult result = workflow.submit(caseId, agentId, text == null || text.isBlank() ? DEFAULT_INVITATION : text);
        if (result.reply().state() != ReplyState.REJECTED) {
            moves.invited(caseId, target.brand(), target.platform(), cases.latestAuthorId(caseId), clock.instant());
        }
        return result;
    }
}
