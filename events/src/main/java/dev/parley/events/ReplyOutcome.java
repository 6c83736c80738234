package dev.parley.events;

/** Whether a reply reached its platform. */
public enum ReplyOutcome implements WireEnum {
    SENT, FAILED
}
