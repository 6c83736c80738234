package dev.parley.response.replies;

import dev.parley.events.WireEnum;

/** Where an agent's reply stands inside Parley. */
public enum ReplyState implements WireEnum {
    /** Not checked yet because brand voice could not be reached; retried until it answers. Never sent. */
    HELD,
    /** Passed the brand check; waits for a supervisor's approval before it is published. */
    PENDING_APPROVAL,
    /** Passed the brand check and handed to ingestion for publishing. */
    REQUESTED,
    /** Blocked by the brand check; the agent must rewrite it. */
    REJECTED,
    /** Published on the platform. */
    SENT,
    /** The platform did not take it; the reason says why, and the agent can retry. */
    FAILED
}
