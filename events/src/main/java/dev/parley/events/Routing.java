package dev.parley.events;

import java.util.List;

/**
 * Where triage suggests the post should go; the response service's routing rules decide.
 *
 * @param team     the team that handles the post's main topic, or the brand's default team
 * @param skills   skills the answering agent needs, e.g. {@code language:es}, {@code platform:x}, {@code topic:refunds}
 * @param language the language to answer in (a {@link DetectedLanguage} tag)
 */
public record Routing(String team, List<String> skills, String language) {
    public Routing {
        skills = List.copyOf(skills);
    }
}
