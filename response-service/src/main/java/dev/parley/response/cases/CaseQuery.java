package dev.parley.response.cases;

import dev.parley.events.CaseStatus;
import dev.parley.response.sla.SlaTimers;
import java.time.Instant;

/**
 * Which cases the inbox shows, and in what order.
 *
 * @param status   only cases in this status, or null for all
 * @param sla      only live cases whose worst SLA clock stands so at {@code now}, or null for all
 * @param assignee only this agent's cases, {@link #UNASSIGNED} for nobody's, or null for all
 * @param team     only this team's cases, or null
 * @param tag      only cases with this tag, or null
 * @param order    the order
 * @param now      the time the SLA filter is read at
 */
public record CaseQuery(CaseStatus status, SlaTimers.Standing sla, String assignee, String team, String tag, Order order,
                        Instant now) {
    /** The {@code assignee} that asks for unassigned cases. */
    public static final String UNASSIGNED = "none";

    public CaseQuery {
        order = order == null ? Order.PRIORITY : order;
    }

    /** The inbox's orders. JSON and query: {@code priority}, {@code sla}, {@code newest}, {@code oldest}. */
    public enum Order {
        /** Highest priority first, then the most recently changed. */
        PRIORITY,
        /** The next SLA due time first (cases without a running clock last). */
        SLA,
        /** The most recently opened first. */
        NEWEST,
        /** The longest open first. */
        OLDEST
    }
}
