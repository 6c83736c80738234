package dev.parley.response.sla;

import dev.parley.events.WireEnum;

/** What a breached SLA does besides announcing itself. JSON and config: {@code raise-priority}, {@code escalate}. */
public enum SlaAction implements WireEnum {
    /** Adds {@link SlaPolicy#RAISE_BY} to the case's priority (at most 100). */
    RAISE_PRIORITY,
    /** Moves the case to {@code escalated}, with the breach as the reason. */
    ESCALATE
}
