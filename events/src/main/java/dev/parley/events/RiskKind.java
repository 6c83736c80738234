package dev.parley.events;

/** What a risky post can hurt. JSON: {@code "safety"}, {@code "legal"}, {@code "health"}, {@code "media"}. */
public enum RiskKind implements WireEnum {
    SAFETY, LEGAL, HEALTH, MEDIA
}
