package dev.parley.analytics.staffing;

import java.time.Duration;

/**
 * Erlang C: how many agents a queue needs so that a share of contacts is answered within a target time. Computed
 * through the Erlang B recursion, which stays exact where factorials would overflow.
 */
public final class ErlangC {
    private ErlangC() {
    }

    /** Probability that a contact waits at all, with {@code agents} agents and {@code erlangs} of traffic. */
    public static double probabilityOfWaiting(int agents, double erlangs) {
        if (agents <= erlangs) {
            return 1;
        }
        double b = 1;
        for (int n = 1; n <= agents; n++) {
            b = erlangs * b / (n + erlangs * b);
        }
        return agents * b / (agents - erlangs * (1 - b));
    }

    /** Share of contacts answered within {@code target}. */
    public static double serviceLevel(int agents, double erlangs, Duration handleTime, Duration target) {
        if (agents <= erlangs) {
            return 0;
        }
        double waitingBeyond = probabilityOfWaiting(agents, erlangs)
                * Math.exp(-(agents - erlangs) * target.toMillis() / (double) handleTime.toMillis());
        return 1 - waitingBeyond;
    }

    /**
     * The fewest agents that answer {@code serviceLevel} of {@code contactsPerHour} within {@code target}, each
     * contact taking {@code handleTime} of an agent. No contacts need no agents.
     */
    public static int agentsNeeded(double contactsPerHour, Duration handleTime, Duration target, double serviceLevel) {
        if (contactsPerHour <= 0) {
            return 0;
        }
        double erlangs = contactsPerHour * handleTime.toMillis() / Duration.ofHours(1).toMillis();
        int agents = (int) Math.floor(erlangs) + 1;
        while (serviceLevel(agents, erlangs, handleTime, target) < serviceLevel) {
            agents++;
        }
        return agents;
    }
}
