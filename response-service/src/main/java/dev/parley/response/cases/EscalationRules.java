package dev.parley.response.cases;

import dev.parley.events.Risk;
import dev.parley.events.TriagedPost;
import java.time.Instant;
import java.util.Optional;

/**
 * Escalations a customer's post calls for by itself, from the risks triage found: legal threats go to legal, media
 * attention and very influential authors to the crisis team, safety and health risks to the supervisor.
 */
public final class EscalationRules {
    static final long INFLUENTIAL_FOLLOWERS = 100_000;

    private EscalationRules() {
    }

    public static Optional<Escalation> forPost(TriagedPost triaged, Instant at) {
        Escalation highest = null;
        for (Risk risk : triaged.risks()) {
            EscalationLevel level = switch (risk.kind()) {
                case LEGAL -> EscalationLevel.LEGAL;
                case MEDIA -> EscalationLevel.CRISIS;
                case SAFETY, HEALTH -> EscalationLevel.SUPERVISOR;
            };
            highest = higher(highest, new Escalation(level, risk.kind().wireName() + " risk: \"" + risk.term() + "\"",
                    "rule", at));
        }
        long followers = triaged.post().author().followers();
        if (followers >= INFLUENTIAL_FOLLOWERS) {
            highest = higher(highest, new Escalation(EscalationLevel.CRISIS, "influential author: " + followers
                    + " followers", "rule", at));
        }
        return Optional.ofNullable(highest);
    }

    private static Escalation higher(Escalation a, Escalation b) {
        return a == null || b.level().compareTo(a.level()) > 0 ? b : a;
    }
}
