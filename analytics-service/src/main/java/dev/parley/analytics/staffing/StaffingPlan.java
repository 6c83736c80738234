package dev.parley.analytics.staffing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Agents needed hour by hour for a forecast, against the roster.
 *
 * @param hours      each hour of the plan
 * @param shortHours the hours where the roster has fewer agents than needed
 */
public record StaffingPlan(List<Hour> hours, int shortHours) {

    /**
     * @param forecast cases expected in each hour
     * @param roster   agents rostered in each hour (hours without an entry are unknown)
     */
    public static StaffingPlan of(Map<Instant, Double> forecast, Map<Instant, Integer> roster,
            StaffingSettings settings) {
        List<Hour> hours = new ArrayList<>();
        int shortHours = 0;
        for (var entry : forecast.entrySet()) {
            int needed = ErlangC.agentsNeeded(entry.getValue(), settings.handleTime(), settings.targetAnswer(),
                    settings.serviceLevel());
            Integer rostered = roster.get(entry.getKey());
            Integer shortfall = rostered == null ? null : Math.max(0, needed - rostered);
            if (shortfall != null && shortfall > 0) {
                shortHours++;
            }
            hours.add(new Hour(entry.getKey(), entry.getValue(), needed, rostered, shortfall));
        }
        return new StaffingPlan(hours, shortHours);
    }

    /**
     * @param start     start of the hour
     * @param forecast  cases expected
     * @param needed    agents needed to meet the service level
     * @param rostered  agents rostered, or null when no roster was given
     * @param shortfall agents missing, or null without a roster
     */
    public record Hour(Instant start, double forecast, int needed, Integer rostered, Integer shortfall) {
    }
}
