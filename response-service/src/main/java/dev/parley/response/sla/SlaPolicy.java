package dev.parley.response.sla;

import dev.parley.events.Platform;
import java.time.Duration;
import java.util.Set;

/**
 * The response times a case must meet, for the cases it matches. Policies are tried in order; the first
 * that matches applies.
 *
 * @param name          shown on the case and in events
 * @param minPriority   matches cases with at least this priority (0: all)
 * @param platforms     matches these platforms (empty: all)
 * @param channel       matches {@code public} or {@code private} cases (null: both)
 * @param firstResponse our first reply is due this long (in business time) after the case opened
 * @param nextResponse  after our reply, a new customer post must be answered within this
 * @param resolution    the case must be resolved this long after it opened
 * @param calendar      when the clock runs
 * @param onBreach      what a breach does besides the {@code sla_breached} event
 */
public record SlaPolicy(String name, int minPriority, Set<Platform> platforms, String channel, Duration firstResponse,
                        Duration nextResponse, Duration resolution, BusinessCalendar calendar, Set<SlaAction> onBreach) {
    /** How much {@link SlaAction#RAISE_PRIORITY} adds. */
    public static final int RAISE_BY = 20;

    public SlaPolicy {
        platforms = Set.copyOf(platforms);
        onBreach = Set.copyOf(onBreach);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an SLA policy needs a name");
        }
        if (channel != null && !channel.equals("public") && !channel.equals("private")) {
            throw new IllegalArgumentException("SLA policy " + name + ": channel is public or private, not " + channel);
        }
        for (Duration d : new Duration[] {firstResponse, nextResponse, resolution}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("SLA policy " + name + " needs positive first-response, "
                        + "next-response and resolution times");
            }
        }
    }

    public boolean matches(int priority, Platform platform, String caseChannel) {
        return priority >= minPriority && (platforms.isEmpty() || platforms.contains(platform))
                && (channel == null || channel.equals(caseChannel));
    }
}
