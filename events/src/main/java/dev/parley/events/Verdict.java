package dev.parley.events;

/** The outcome of a brand check: send as is, send with care, or do not send. */
public enum Verdict implements WireEnum {
    PASS, WARN, BLOCK
}
