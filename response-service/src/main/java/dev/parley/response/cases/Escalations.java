package dev.parley.response.cases;

import dev.parley.events.CaseEventType;
import dev.parley.events.CaseStatus;
import java.time.Instant;
import java.util.NoSuchElementException;

/** Raises a case to an escalation level, by rule or by hand, recording the path; a case is never lowered. */
public class Escalations {
    private final CaseRepository cases;
    private final CaseEvents events;

    public Escalations(CaseRepository cases, CaseEvents events) {
        this.cases = cases;
        this.events = events;
    }

    /**
     * An agent or supervisor escalates the case, with the reason.
     *
     * @throws NoSuchElementException when the case does not exist
     */
    public Case byHand(String caseId, EscalationLevel level, String by, String reason, Instant at) {
        Case current = cases.findForChange(caseId).orElseThrow(() -> new NoSuchElementException("no case " + caseId));
        if (current.status().isResolvedOrClosed()) {
            throw new IllegalStateException("a " + current.status().wireName() + " case is not escalated; open it first");
        }
        Case escalated = escalate(current, new Escalation(level, reason, by, at));
        cases.update(escalated);
        return escalated;
    }

    /** The case escalated to the step's level (status {@code escalated}), or unchanged when it is already as high. */
    public Case escalate(Case current, Escalation step) {
        if (current.escalation() != null && current.escalation().compareTo(step.level()) >= 0
                && current.status() == CaseStatus.ESCALATED) {
            return current;
        }
        Case escalated = current.escalatedTo(step.level(), step.at());
        cases.addEscalation(current.caseId(), step);
        events.caseChanged(escalated, CaseEventType.ESCALATED, null, null,
                step.level().wireName() + ": " + step.reason() + " (" + step.by() + ")", step.at());
        return escalated;
    }
}
