package dev.parley.response.approval;

import java.time.Instant;
import java.util.Optional;

/** Organisation-wide switches, shared by every replica. */
public interface Settings {
    String CRISIS_MODE = "crisis-mode";

    Optional<String> get(String name);

    void set(String name, String value, String by, Instant at);

    default boolean crisisMode() {
        return get(CRISIS_MODE).map(Boolean::parseBoolean).orElse(false);
    }
}
