package dev.parley.response.cases;

import dev.parley.events.CaseEventType;
import dev.parley.events.CaseStatus;
import dev.parley.response.sla.SlaTimekeeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/** Agents move cases by hand within {@link CaseLifecycle}; cases quiet for long enough resolve themselves. */
public class CaseStatusChanges {
    private final CaseRepository cases;
    private final Predicate<String> lastMessageOurs;
    private final CaseEvents events;
    private final SlaTimekeeper sla;
    private final CaseResolutions resolutions;
    private final Clock clock;

    /** @param lastMessageOurs by case id: whether our reply came after the customer's last post */
    public CaseStatusChanges(CaseRepository cases, Predicate<String> lastMessageOurs, CaseEvents events,
                             SlaTimekeeper sla, CaseResolutions resolutions, Clock clock) {
        this.cases = cases;
        this.lastMessageOurs = lastMessageOurs;
        this.events = events;
        this.sla = sla;
        this.resolutions = resolutions;
        this.clock = clock;
    }

    /**
     * @throws NoSuchElementException when the case does not exist
     * @throws IllegalStateException  when the move is not allowed, with the reason
     */
    public Case change(String caseId, CaseStatus to, String agentId, String reason, boolean customerConfirmed) {
        Case current = cases.findForChange(caseId).orElseThrow(() -> new NoSuchElementException("no case " + caseId));
        CaseLifecycle.checkByHand(current.status(), to, lastMessageOurs.test(caseId), customerConfirmed);
        Instant now = clock.instant();
        Case changed = current.withStatus(to, now).withSla(sla.statusChanged(current.sla(), to, now));
        cases.update(changed);
        String why = agentId + (customerConfirmed ? " (customer confirmed)" : "") + (reason == null ? "" : ": " + reason);
        events.caseChanged(changed, CaseEventType.STATUS_CHANGED, null, null, why, now);
        if (to == CaseStatus.RESOLVED) {
            resolutions.resolved(changed, now);
        }
        return changed;
    }

    /** Resolves cases that waited for the customer longer than {@code quietFor}; how many. */
    public int resolveQuiet(Duration quietFor, int limit) {
        Instant now = clock.instant();
        List<Case> quiet = cases.pendingSince(now.minus(quietFor), limit);
        for (Case waiting : quiet) {
            Case resolved = waiting.withStatus(CaseStatus.RESOLVED, now)
                    .withSla(sla.statusChanged(waiting.sla(), CaseStatus.RESOLVED, now));
            cases.update(resolved);
            events.caseChanged(resolved, CaseEventType.STATUS_CHANGED, null, null,
                    "no answer from the customer for " + quietFor, now);
            resolutions.resolved(resolved, now);
        }
        return quiet.size();
    }
}
