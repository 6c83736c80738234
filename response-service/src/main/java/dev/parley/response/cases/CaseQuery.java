package dev.parley.response.cases;

import dev.parley.events.CaseStatus;
import dev.parley.response.sla.SlaTimers;
import java.time.Instant;

/**
 * Which cases the inbox shows.
 *
 * @param status only cases in this status, or null for all
 * @param sla    only live cases whose worst SLA clock stands so at {@code now}, or null for all
 * @param now    the time the SLA filter is read at
 */
public record CaseQuery(CaseStatus status, SlaTimers.Standing sla, Instant now) {
}
