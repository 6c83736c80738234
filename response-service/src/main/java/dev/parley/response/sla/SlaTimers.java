package dev.parley.response.sla;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * A case's SLA clocks. A clock is null when it is not running: met, not started, or stopped because the
 * case is resolved.
 *
 * @param policy           the policy the clocks follow
 * @param firstResponse    our first reply
 * @param nextResponse     our answer to the customer's latest post after our reply
 * @param resolution       the case's resolution
 * @param firstRespondedAt when we first replied, else null
 * @param announced        crossings already announced ({@link Crossing#key()}), so each is announced once
 */
public record SlaTimers(String policy, Deadline firstResponse, Deadline nextResponse, Deadline resolution,
                        Instant firstRespondedAt, Set<String> announced) {
    public SlaTimers {
        announced = Set.copyOf(announced);
    }

    /** Which clock. */
    public enum Kind {
        FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a clock stands. */
    public enum Standing {
        OK, NEAR_BREACH, BREACHED
    }

    /**
     * A clock passing its warning or its due time.
     *
     * @param clock    which clock
     * @param standing near breach or breached
     * @param deadline the clock's deadline
     */
    public record Crossing(Kind kind, Standing standing, Deadline deadline) {
        /** Unique per clock, level and deadline: a new deadline of the same clock is announced again. */
        public String key() {
            return kind.wireName() + ":" + standing.name().toLowerCase(Locale.ROOT) + "@" + deadline.due();
        }
    }

    public Deadline deadline(Kind clock) {
        return switch (clock) {
            case FIRST_RESPONSE -> firstResponse;
            case NEXT_RESPONSE -> nextResponse;
            case RESOLUTION -> resolution;
        };
    }

    /** How the clock stands at {@code now}; null when it is not running. */
    public Standing standing(Kind clock, Instant now) {
        Deadline d = deadline(clock);
        if (d == null) {
            return null;
        }
        return !now.isBefore(d.due()) ? Standing.BREACHED : !now.isBefore(d.warnAt()) ? Standing.NEAR_BREACH : Standing.OK;
    }
}
