package dev.parley.response.approval;

import dev.parley.response.cases.Case;
import dev.parley.response.cases.EscalationLevel;
import dev.parley.response.replies.ApprovalPolicy;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A reply waits for a supervisor when the organisation is in crisis mode, when its agent is new (their replies
 * need approval), or when the case is high-risk: priority at or above {@code minPriority}, or escalated to the
 * crisis or legal team.
 */
public class ApprovalRules implements ApprovalPolicy {
    private final Predicate<String> agentNeedsApproval;
    private final BooleanSupplier crisisMode;
    private final int minPriority;

    /**
     * @param agentNeedsApproval by agent id: whether a supervisor approves the agent's replies
     * @param crisisMode         whether the organisation is in crisis mode now
     * @param minPriority        cases from this priority on are high-risk (101: none)
     */
    public ApprovalRules(Predicate<String> agentNeedsApproval, BooleanSupplier crisisMode, int minPriority) {
        this.agentNeedsApproval = agentNeedsApproval;
        this.crisisMode = crisisMode;
        this.minPriority = minPriority;
    }

    @Override
    public Optional<String> approvalNeeded(Case target, String agentId) {
        if (crisisMode.getAsBoolean()) {
            return Optional.of("crisis mode: every reply is approved");
        }
        if (agentNeedsApproval.test(agentId)) {
            return Optional.of(agentId + "'s replies need approval");
        }
        if (target.escalation() != null && target.escalation().compareTo(EscalationLevel.CRISIS) >= 0) {
            return Optional.of("escalated to " + target.escalation().wireName());
        }
        if (target.priority() >= minPriority) {
            return Optional.of("priority " + target.priority() + " (approval from " + minPriority + ")");
        }
        return Optional.empty();
    }
}
