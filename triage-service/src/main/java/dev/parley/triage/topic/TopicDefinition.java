package dev.parley.triage.topic;

import java.util.List;

/**
 * One topic of a brand's taxonomy.
 *
 * @param id       short and stable, used in events and reports, e.g. {@code lost-luggage}
 * @param team     the team that handles it (routing hint), or null for the default team
 * @param keywords words and phrases that mean the post is about it, case-insensitive, whole words; a trailing
 *                 {@code *} matches any ending ({@code refund*} matches refunded, refunds)
 */
public record TopicDefinition(String id, String team, List<String> keywords) {
    public TopicDefinition {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("topic id '" + id + "' must be lower-case letters, digits and dashes");
        }
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        if (keywords.isEmpty()) {
            throw new IllegalArgumentException("topic '" + id + "' has no keywords");
        }
    }
}
