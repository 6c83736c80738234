package dev.parley.events;

/** How urgently an alert needs a person: info, warning, critical (crisis). */
public enum AlertSeverity implements WireEnum {
    INFO, WARNING, CRITICAL
}
