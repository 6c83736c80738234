package dev.parley.response.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.CaseStatus;
import dev.parley.events.Platform;
import dev.parley.events.SentimentLabel;
import dev.parley.response.cases.Case;
import dev.parley.response.cases.EscalationLevel;
import dev.parley.response.sla.SlaTimers;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalRulesTest {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    private static Case aCase(int priority, EscalationLevel escalation) {
        return new Case("c1", "x:1", "acme-air", Platform.X, "public", CaseStatus.OPEN, priority, SentimentLabel.NEGATIVE,
                "ana", T, T, null, new SlaTimers("standard", null, null, null, null, Set.of()), "care", Set.of(),
                escalation, Set.of());
    }

    @Test
    void crisisModeNewAgentsAndHighRiskCasesWaitForASupervisor() {
        ApprovalRules calm = new ApprovalRules("new-hire"::equals, () -> false, 90);
        ApprovalRules crisis = new ApprovalRules(id -> false, () -> true, 90);

        assertThat(calm.approvalNeeded(aCase(40, null), "ana")).isEmpty();
        assertThat(calm.approvalNeeded(aCase(40, null), "new-hire")).contains("new-hire's replies need approval");
        assertThat(calm.approvalNeeded(aCase(95, null), "ana")).contains("priority 95 (approval from 90)");
        assertThat(calm.approvalNeeded(aCase(40, EscalationLevel.LEGAL), "ana")).contains("escalated to legal");
        assertThat(calm.approvalNeeded(aCase(40, EscalationLevel.TIER_2), "ana")).isEmpty();
        assertThat(crisis.approvalNeeded(aCase(10, null), "ana")).contains("crisis mode: every reply is approved");
    }
}
