package dev.parley.analytics.recommendations;

import java.util.List;

/**
 * The service process a topic belongs to, and what a team can do when the topic moves.
 *
 * @param process e.g. {@code baggage tracing}
 * @param actions concrete steps, e.g. {@code add a saved reply with the tracing link}
 */
public record ServiceProcess(String process, List<String> actions) {
    public ServiceProcess {
        if (process == null || process.isBlank()) {
            throw new IllegalArgumentException("a topic's process needs a name");
        }
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
