package dev.parley.local;

import java.util.Locale;

/** The five Parley services, in the order they start. */
public enum Service {
    BRAND_VOICE("what every reply is checked against", "POST /api/v1/checks"),
    RESPONSE("cases and the agents' API", "GET /api/v1/cases"),
    ANALYTICS("KPIs", "GET /api/v1/kpis"),
    TRIAGE("sentiment and priority", "GET /actuator/health"),
    INGESTION("where posts enter", "POST /api/v1/posts");

    private final String role;
    private final String tryThis;

    Service(String role, String tryThis) {
        this.role = role;
        this.tryThis = tryThis;
    }

    /** {@code brand-voice-service}: the jar's name and {@code spring.application.name}. */
    public String serviceName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + "-service";
    }

    /** The prefix of the service's own environment variables, e.g. {@code BRAND_VOICE}. */
    public String envPrefix() {
        return name();
    }

    public String role() {
        return role;
    }

    public String tryThis() {
        return tryThis;
    }
}
