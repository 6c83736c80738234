package dev.parley.analytics.kpi;

import java.time.Instant;
import java.util.Map;

/**
 * What analytics remembers of one case between its events, to turn them into response times and resolution KPIs.
 *
 * @param openedAt         when the case opened
 * @param waitingSince     when the customer's oldest unanswered post arrived (after our first reply), else null
 * @param firstReplyAt     when we first replied, else null
 * @param replies          replies made
 * @param resolved         whether it is resolved (or closed) now
 * @param resolutions      how often it was resolved
 * @param escalated        whether it was ever escalated
 * @param slaBreached      whether an SLA clock of it ever passed its due time
 * @param inBacklogAs      the dimensions the case counts under in the backlog while open (team, agent, ... can
 *                         change), null while resolved or closed
 */
public record CaseHistory(Instant openedAt, Instant waitingSince, Instant firstReplyAt, int replies, boolean resolved,
        int resolutions, boolean escalated, boolean slaBreached, Map<String, String> inBacklogAs) {

    public static CaseHistory openedAt(Instant at) {
        return new CaseHistory(at, null, null, 0, false, 0, false, false, null);
    }
}
