package dev.parley.response.web;

import dev.parley.response.sla.Deadline;
import dev.parley.response.sla.SlaTimers;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A case's SLA clocks as they stand now, for the agent's view.
 *
 * @param policy the policy the clocks follow
 * @param clocks the running clocks
 */
public record SlaView(String policy, List<ClockView> clocks) {

    /**
     * @param clock            first_response, next_response or resolution
     * @param standing         ok, near_breach or breached
     * @param warnAt           when it is near breach
     * @param due              when it is breached
     * @param secondsRemaining until due (negative: overdue by)
     */
    public record ClockView(String clock, String standing, Instant warnAt, Instant due, long secondsRemaining) {
    }

    static SlaView of(SlaTimers timers, Instant now) {
        return new SlaView(timers.policy(), Arrays.stream(SlaTimers.Kind.values()).map(kind -> {
            Deadline d = timers.deadline(kind);
            return d == null ? null : new ClockView(kind.wireName(),
                    timers.standing(kind, now).name().toLowerCase(Locale.ROOT), d.warnAt(), d.due(),
                    Duration.between(now, d.due()).toSeconds());
        }).filter(Objects::nonNull).toList());
    }
}
