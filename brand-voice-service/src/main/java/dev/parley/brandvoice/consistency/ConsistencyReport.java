package dev.parley.brandvoice.consistency;

import java.time.Instant;
import java.util.List;

/**
 * The brand-consistency KPI: of the replies checked for the first time (not a rewrite after a block), the share that
 * passed, overall, by team and by agent.
 *
 * @param brand   the brand, or null for all brands
 * @param since   start of the period (inclusive)
 * @param until   end of the period (exclusive)
 * @param overall all first attempts in the period
 * @param byTeam  per team, most first attempts first
 * @param byAgent per agent, most first attempts first
 */
public record ConsistencyReport(String brand, Instant since, Instant until, Row overall, List<Row> byTeam,
        List<Row> byAgent) {

    /**
     * @param key             the team or agent ({@code all} for the overall row; {@code unknown} when not given)
     * @param firstAttempts   replies checked for the first time
     * @param passed          of those, not blocked (could be sent as written)
     * @param clean           of those, without any violation
     * @param passedFirstTime passed / firstAttempts, or null without first attempts
     */
    public record Row(String key, long firstAttempts, long passed, long clean, Double passedFirstTime) {
        public static Row of(String key, long firstAttempts, long passed, long clean) {
            return new Row(key, firstAttempts, passed, clean,
                    firstAttempts == 0 ? null : (double) passed / firstAttempts);
        }
    }
}
