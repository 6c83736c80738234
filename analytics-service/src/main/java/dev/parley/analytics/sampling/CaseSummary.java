package dev.parley.analytics.sampling;

import dev.parley.events.CaseEvent;
import dev.parley.events.CaseEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a reviewer needs to know of one case, folded from its events in order: where it is, who has it, how it went.
 *
 * @param caseId     the case
 * @param brand      its brand
 * @param openedAt   when it opened
 * @param dimensions platform, channel, sentiment (of the customer's latest post), topic and team, as last known
 * @param agent      who has it, or null
 * @param priority   its priority after the latest event
 * @param status     its status after the latest event ({@code resolved}, {@code open}, ...)
 * @param replies    replies requested
 * @param escalated  whether it was ever escalated
 * @param slaBreached whether an SLA clock of it passed its due time
 * @param csat       the customer's satisfaction answer (1–5), or null
 * @param resolvedAt when it was (last) resolved or closed, or null
 */
public record CaseSummary(String caseId, String brand, Instant openedAt, Map<String, String> dimensions,
        String agent, int priority, String status, int replies, boolean escalated, boolean slaBreached, Integer csat,
        Instant resolvedAt) {

    /** The summary after {@code event}; {@code before} is null for a case not seen yet. */
    public static CaseSummary fold(CaseSummary before, CaseEvent event) {
        Instant opened = before != null ? before.openedAt
                : event.openedAt() != null ? event.openedAt() : event.occurredAt();
        String sentiment = event.sentiment() != null ? event.sentiment().wireName()
                : before != null ? before.dimensions.get("sentiment") : null;
        Map<String, String> dimensions = new TreeMap<>();
        put(dimensions, "platform", event.platform().wireName());
        put(dimensions, "channel", event.channel());
        put(dimensions, "sentiment", sentiment);
        put(dimensions, "topic", event.topic());
        put(dimensions, "team", event.team());
        boolean resolved = event.status().isResolvedOrClosed();
        Instant resolvedAt = resolved ? (before != null && before.resolvedAt != null ? before.resolvedAt
                : event.occurredAt()) : null;
        return new CaseSummary(event.caseId(), event.brand(), opened, Map.copyOf(dimensions), event.assignee(),
                event.priority(), event.status().wireName(),
                (before != null ? before.replies : 0) + (event.type() == CaseEventType.REPLY_REQUESTED ? 1 : 0),
                (before != null && before.escalated) || event.type() == CaseEventType.ESCALATED,
                (before != null && before.slaBreached) || event.type() == CaseEventType.SLA_BREACHED,
                event.csat() != null ? event.csat() : before != null ? before.csat : null, resolvedAt);
    }

    /** The case as a sample item: ranked by priority, described in a line. */
    public SampleItem toItem() {
        List<String> line = new ArrayList<>();
        line.add(status + (resolvedAt != null ? " after " + hours(Duration.between(openedAt, resolvedAt)) : ""));
        line.add(replies + (replies == 1 ? " reply" : " replies"));
        if (escalated) {
            line.add("escalated");
        }
        if (slaBreached) {
            line.add("SLA breached");
        }
        if (csat != null) {
            line.add("CSAT " + csat);
        }
        return new SampleItem(caseId, null, agent, priority, String.join(", ", line), openedAt, dimensions);
    }

    private static String hours(Duration d) {
        return d.toMinutes() < 120 ? d.toMinutes() + " min"
                : String.format(Locale.ROOT, "%.1f h", d.toMinutes() / 60.0);
    }

    private static void put(Map<String, String> dimensions, String name, String value) {
        if (value != null) {
            dimensions.put(name, value);
        }
    }
}
