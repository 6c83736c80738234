package dev.parley.response.sla;

import java.time.Instant;

/**
 * One running SLA clock.
 *
 * @param warnAt when it is near breach (the policy's near-breach share of its time has passed)
 * @param due    when it is breached
 */
public record Deadline(Instant warnAt, Instant due) {
}
