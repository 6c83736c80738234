package dev.parley.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A change a team made to its service (plan-do-check-act), registered so analytics can report whether the KPIs it
 * should move did move. Schema {@code improvement.v1}. Keyed by improvement id on the compacted
 * {@code parley.analytics.improvements}; a newer record with the same id replaces the older one.
 *
 * @param improvementId unique id
 * @param brand         the brand it concerns
 * @param title         what was changed, in a line
 * @param description   why and how, or null
 * @param startedAt     when the change took effect: KPIs before it are the baseline, after it the result
 * @param kpis          the published KPI names it should move, e.g. {@code first_response_time_p90}
 * @param dimensions    the breakdown the KPIs are read for: empty for the whole brand, or one of
 *                      platform, channel, topic, team, agent with its value
 * @param registeredBy  who registered it
 * @param registeredAt  when
 */
public record Improvement(String improvementId, String brand, String title, String description, Instant startedAt,
        List<String> kpis, Map<String, String> dimensions, String registeredBy, Instant registeredAt) {
    public Improvement {
        kpis = List.copyOf(kpis);
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
    }
}
