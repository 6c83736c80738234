package dev.parley.response.cases;

import dev.parley.events.WireEnum;

/** Who a case is escalated to, lowest first. JSON: {@code tier_2}, {@code supervisor}, {@code crisis}, {@code legal}. */
public enum EscalationLevel implements WireEnum {
    /** Second-line support. */
    TIER_2,
    /** The team's supervisor. */
    SUPERVISOR,
    /** The PR and crisis team: media attention, influential authors, crises. */
    CRISIS,
    /** The legal team: threats of legal action, regulators. */
    LEGAL;

    /** The next level after a breached SLA: tier 2, then the supervisor; higher levels stay. */
    public static EscalationLevel afterBreach(EscalationLevel current) {
        return current == null ? TIER_2 : current == TIER_2 ? SUPERVISOR : current;
    }
}
