package dev.parley.response.cases;

import dev.parley.events.Alert;
import dev.parley.events.AlertSeverity;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A critical alert from analytics about a topic (a spike of complaints, a crisis) escalates the live cases about that
 * topic to the crisis team.
 */
public class CrisisAlerts {
    static final int MAX_CASES = 1000;

    private final CaseRepository cases;
    private final Escalations escalations;
    private final Clock clock;

    public CrisisAlerts(CaseRepository cases, Escalations escalations, Clock clock) {
        this.cases = cases;
        this.escalations = escalations;
        this.clock = clock;
    }

    /** How many cases the alert escalated. */
    public int apply(Alert alert) {
        String topic = alert.dimensions().get("topic");
        if (alert.severity() != AlertSeverity.CRITICAL || topic == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<Case> live = cases.liveWithSkill("topic:" + topic, alert.dimensions().get("brand"), MAX_CASES);
        int escalated = 0;
        for (Case affected : live) {
            Case after = escalations.escalate(affected, new Escalation(EscalationLevel.CRISIS,
                    "crisis alert " + alert.alertId() + ": " + alert.title(), "rule", now));
            if (after != affected) {
                cases.update(after);
                escalated++;
            }
        }
        return escalated;
    }
}
