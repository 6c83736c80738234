package dev.parley.response.sla;

import dev.parley.events.WireEnum;

/** What a breached SLA does besides announcing itself. Config: {@code raise-priority}, {@code escalate}, {@code reassign}. */
public enum SlaAction implements WireEnum {
    /** Adds {@link SlaPolicy#RAISE_BY} to the case's priority (at most 100). */
    RAISE_PRIORITY,
    /** Moves the case to {@code escalated}, with the breach as the reason. */
    ESCALATE,
    /** Gives the case to another qualified agent of its team, with a handover written from its history. */
    REASSIGN
}
