package dev.parley.response.cases;

import dev.parley.events.TriagedPost;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escalations a customer's post calls for by itself, from what triage found: legal threats go to legal, media
 * attention and very influential authors to the crisis team, safety and health risks to the supervisor.
 */
public final class EscalationRules {
    /** Triage's risk reasons read {@code <kind> risk: "<term>" (+points)}. */
    private static final Pattern RISK = Pattern.compile("^(legal|media|safety|health) risk: \"([^\"]*)\"");
    static final long INFLUENTIAL_FOLLOWERS = 100_000;

    private EscalationRules() {
    }

    public static Optional<Escalation> forPost(TriagedPost triaged, Instant at) {
        Escalation highest = null;
        for (String reason : triaged.priority().reasons()) {
            Matcher risk = RISK.matcher(reason);
            if (!risk.find()) {
                continue;
            }
            EscalationLevel level = switch (risk.group(1)) {
                case "legal" -> EscalationLevel.LEGAL;
                case "media" -> EscalationLevel.CRISIS;
                default -> EscalationLevel.SUPERVISOR;
            };
            highest = higher(highest, new Escalation(level, risk.group(1) + " risk: \"" + risk.group(2) + "\"", "rule", at));
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
