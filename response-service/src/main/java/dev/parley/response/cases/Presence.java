package dev.parley.response.cases;

import java.time.Instant;

/**
 * An agent viewing or drafting a reply on a case, until {@code until} unless renewed.
 *
 * @param activity {@code viewing} or {@code drafting}
 */
public record Presence(String agentId, String activity, Instant until) {
    public static final String VIEWING = "viewing";
    public static final String DRAFTING = "drafting";
}
