package dev.parley.events;

/** What happened to a case. */
public enum CaseEventType implements WireEnum {
    /** A new conversation became a case. */
    OPENED,
    /** Another customer post arrived in the case's conversation. */
    POST_ADDED,
    /** An agent's reply passed its checks and was requested for publishing. */
    REPLY_REQUESTED,
    /** An agent's reply is held because it could not be checked yet. */
    REPLY_HELD,
    /** An agent's reply passed its check and waits for a supervisor's approval; the reason says why. */
    REPLY_AWAITING_APPROVAL,
    /** The case moved to another status. */
    STATUS_CHANGED,
    /** The platform published a reply. */
    REPLY_SENT,
    /** Publishing a reply failed; the reason says why, and the agent can retry. */
    REPLY_FAILED,
    /** An SLA clock passed its warning share (e.g. 80%) of its time; the reason names the clock and its due time. */
    SLA_NEAR_BREACH,
    /** An SLA clock passed its due time; the policy's actions (raise priority, escalate) have been taken. */
    SLA_BREACHED,
    /** The case got an owner: automatically, claimed, reassigned or taken over; the reason says which. */
    ASSIGNED,
    /** The case was escalated; the reason reads {@code <level>: <why> (<rule or who>)}. */
    ESCALATED,
    /** The case was resolved and a satisfaction survey sent to the customer ({@code replyId} is the survey). */
    CSAT_SENT,
    /** The customer answered the survey: {@code csat} (1-5) and {@code nps} (0-10, when asked); the reason reads {@code csat <1-5>[, nps <0-10>]}. */
    CSAT_ANSWERED,
    /** The customer, invited to private messages, wrote there: this public case is resolved; the reason names the private case. */
    CONTINUED_IN_PRIVATE,
    /** An agent changed the case's tags; the reason lists them. */
    TAGGED,
    /** An agent added an internal note (its text stays in the response service); the reason names the author. */
    NOTE_ADDED
}
