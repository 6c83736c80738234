package dev.parley.response.web;

import dev.parley.response.approval.Settings;
import dev.parley.response.replies.Reply;
import dev.parley.response.replies.ReplyWorkflow;
import java.time.Clock;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Supervisors approve or reject replies waiting for them, and switch crisis mode. */
@RestController
public class ApprovalController {
    private final ReplyWorkflow workflow;
    private final Settings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ApprovalController(ReplyWorkflow workflow, Settings settings, TransactionTemplate transactions, Clock clock) {
        this.workflow = workflow;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** {@code POST /api/v1/cases/{id}/replies/{replyId}/approve}: the reply is published. */
    @PostMapping("/api/v1/cases/{caseId}/replies/{replyId}/approve")
    public Reply approve(@PathVariable String caseId, @PathVariable String replyId, @RequestBody Decision decision) {
        return decide(caseId, replyId, decision, true);
    }

    /** {@code POST /api/v1/cases/{id}/replies/{replyId}/reject}: the reply is not published; the reason goes to its agent. */
    @PostMapping("/api/v1/cases/{caseId}/replies/{replyId}/reject")
    public Reply reject(@PathVariable String caseId, @PathVariable String replyId, @RequestBody Decision decision) {
        return decide(caseId, replyId, decision, false);
    }

    private Reply decide(String caseId, String replyId, Decision decision, boolean approve) {
        if (decision.supervisorId() == null || decision.supervisorId().isBlank()) {
            throw new IllegalArgumentException("supervisorId is required");
        }
        Actors.mayActAs(decision.supervisorId());
        return transactions.execute(s -> workflow.decideApproval(caseId, replyId, decision.supervisorId(), approve,
                decision.reason()));
    }

    /** {@code GET /api/v1/settings/crisis-mode}: whether every reply needs approval now. */
    @GetMapping("/api/v1/settings/crisis-mode")
    public CrisisMode crisisMode() {
        return new CrisisMode(settings.crisisMode());
    }

    /** {@code PUT /api/v1/settings/crisis-mode} {@code {"on": true}}: every reply needs approval until switched off. */
    @PutMapping("/api/v1/settings/crisis-mode")
    public CrisisMode switchCrisisMode(@RequestBody CrisisMode mode) {
        settings.set(Settings.CRISIS_MODE, Boolean.toString(mode.on()), Actors.current(), clock.instant());
        return mode;
    }

    /** @param reason why, for a rejection */
    public record Decision(String supervisorId, String reason) {
    }

    public record CrisisMode(boolean on) {
    }
}
