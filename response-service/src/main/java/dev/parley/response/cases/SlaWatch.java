package dev.parley.response.cases;

import dev.parley.events.CaseEventType;
import dev.parley.response.sla.SlaAction;
import dev.parley.response.sla.SlaPolicy;
import dev.parley.response.sla.SlaTimekeeper;
import dev.parley.response.sla.SlaTimers;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Announces each SLA warning and breach once ({@code sla_near_breach}, {@code sla_breached}) and takes the
 * breached policy's actions: raise the priority, escalate.
 */
public class SlaWatch {
    private final CaseRepository cases;
    private final CaseEvents events;
    private final SlaTimekeeper sla;
    private final Escalations escalations;
    private final CaseRouting routing;
    private final Clock clock;

    public SlaWatch(CaseRepository cases, CaseEvents events, SlaTimekeeper sla, Escalations escalations,
                    CaseRouting routing, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.sla = sla;
        this.escalations = escalations;
        this.routing = routing;
        this.clock = clock;
    }

    /** Handles cases whose next warning or breach has come; how many crossings it announced. */
    public int check(int limit) {
        Instant now = clock.instant();
        int announced = 0;
        for (Case due : cases.slaWarningsDue(now, limit)) {
            List<SlaTimers.Crossing> crossings = sla.crossings(due.sla(), now);
            if (crossings.isEmpty()) {
                continue;
            }
            Case current = due.withSla(sla.announced(due.sla(), crossings));
            for (SlaTimers.Crossing crossing : crossings) {
                String reason = crossing.kind().wireName() + " due " + crossing.deadline().due() + " (SLA policy "
                        + due.sla().policy() + ")";
                if (crossing.standing() == SlaTimers.Standing.BREACHED) {
                    current = act(current, sla.onBreach(due.sla()), reason, now);
                    events.caseChanged(current, CaseEventType.SLA_BREACHED, null, null, reason, now);
                } else {
                    events.caseChanged(current, CaseEventType.SLA_NEAR_BREACH, null, null, reason, now);
                }
                announced++;
            }
            cases.update(current);
        }
        return announced;
    }

    private Case act(Case breached, Set<SlaAction> actions, String reason, Instant now) {
        Case result = breached;
        if (actions.contains(SlaAction.RAISE_PRIORITY)) {
            result = result.withPriority(Math.min(100, result.priority() + SlaPolicy.RAISE_BY));
        }
        if (actions.contains(SlaAction.REASSIGN) && result.assignee() != null) {
            result = routing.reassignAway(result, "SLA breached", now);
        }
        if (actions.contains(SlaAction.ESCALATE)) {
            result = escalations.escalate(result, new Escalation(EscalationLevel.afterBreach(result.escalation()),
                    "SLA breached: " + reason, "rule", now));
        }
        return result;
    }
}
