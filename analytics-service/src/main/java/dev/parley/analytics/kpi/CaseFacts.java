package dev.parley.analytics.kpi;

import dev.parley.events.CaseEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one case event adds to the KPIs, given the case's history: a pure state transition, so the topology is
 * the only place that keeps state and replaying the events gives the same facts.
 */
public final class CaseFacts {
    private CaseFacts() {
    }

    /**
     * @param history the case's history before the event, or null for a case not seen yet
     */
    public static Transition apply(CaseHistory history, CaseEvent event) {
        Instant at = event.occurredAt();
        CaseHistory h = history != null ? history
                : CaseHistory.openedAt(event.openedAt() != null ? event.openedAt() : at);
        Map<String, String> where = Dimensions.of("brand", event.brand(), "platform", event.platform().wireName(),
                "channel", event.channel(), "topic", event.topic(), "team", event.team(), "agent", event.assignee());
        List<Fact> facts = new ArrayList<>();
        Instant waitingSince = h.waitingSince();
        Instant firstReplyAt = h.firstReplyAt();
        int replies = h.replies();
        boolean escalated = h.escalated();
        boolean breached = h.slaBreached();
        switch (event.type()) {
            case OPENED -> facts.add(new Fact(Kpi.CASES_OPENED, where, 1));
            case POST_ADDED -> waitingSince = firstReplyAt != null && waitingSince == null ? at : waitingSince;
            case REPLY_REQUESTED -> {
                if (firstReplyAt == null) {
                    facts.add(new Fact(Kpi.FIRST_RESPONSE_TIME, where, seconds(h.openedAt(), at)));
                    firstReplyAt = at;
                } else if (waitingSince != null) {
                    facts.add(new Fact(Kpi.NEXT_RESPONSE_TIME, where, seconds(waitingSince, at)));
                }
                waitingSince = null;
                replies++;
            }
            case ESCALATED -> {
                facts.add(new Fact(Kpi.ESCALATIONS, where, 1));
                escalated = true;
            }
            case SLA_BREACHED -> {
                facts.add(new Fact(Kpi.SLA_BREACHES, where, 1));
                breached = true;
            }
            case CSAT_ANSWERED -> {
                if (event.csat() != null) {
                    facts.add(Fact.of(Kpi.CSAT, where, event.csat() >= 4));
                    facts.add(new Fact(Kpi.CSAT_SCORE, where, event.csat()));
                }
                if (event.nps() != null) {
                    facts.add(new Fact(Kpi.NPS, where, event.nps()));
                }
            }
            default -> {
            }
        }
        boolean resolvedNow = event.status().isResolvedOrClosed();
        int resolutions = h.resolutions();
        if (resolvedNow && !h.resolved()) {
            resolutions++;
            facts.add(new Fact(Kpi.CASES_RESOLVED, where, 1));
            facts.add(new Fact(Kpi.RESOLUTION_TIME, where, seconds(h.openedAt(), at)));
            facts.add(Fact.of(Kpi.FIRST_CONTACT_RESOLUTION, where, replies <= 1 && resolutions == 1));
            facts.add(Fact.of(Kpi.REOPEN_RATE, where, resolutions > 1));
            facts.add(Fact.of(Kpi.ESCALATION_RATE, where, escalated));
            facts.add(Fact.of(Kpi.SLA_COMPLIANCE, where, !breached));
        }
        Map<String, String> inBacklogAs = resolvedNow ? null : where;
        if (!Objects.equals(h.inBacklogAs(), inBacklogAs)) {
            // Moved (reassigned, resolved, reopened): out of the backlog where it was counted, into where it is now.
            if (h.inBacklogAs() != null) {
                facts.add(new Fact(Kpi.BACKLOG, h.inBacklogAs(), -1));
            }
            if (inBacklogAs != null) {
                facts.add(new Fact(Kpi.BACKLOG, inBacklogAs, 1));
            }
        }
        return new Transition(new CaseHistory(h.openedAt(), waitingSince, firstReplyAt, replies, resolvedNow,
                resolutions, escalated, breached, inBacklogAs), facts);
    }

    private static double seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis() / 1000.0);
    }

    /** The case's history after the event, and the facts the event adds. */
    public record Transition(CaseHistory history, List<Fact> facts) {
    }
}
