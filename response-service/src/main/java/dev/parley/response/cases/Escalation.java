package dev.parley.response.cases;

import java.time.Instant;

/**
 * One step of a case's escalation path.
 *
 * @param by {@code rule} for automatic escalations, else the agent or supervisor
 */
public record Escalation(EscalationLevel level, String reason, String by, Instant at) {
}
