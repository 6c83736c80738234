package dev.parley.response.assignment;

import java.time.Instant;
import java.util.Set;

/**
 * An agent who answers cases.
 *
 * @param agentId        the agent's id (as in the identity provider)
 * @param name           display name
 * @param teams          the teams the agent works in
 * @param skills         e.g. {@code language:es}, {@code platform:x}, {@code topic:refunds}, {@code private-messages};
 *                       {@code language:*} stands for every value of a kind
 * @param maxOpen        the most live cases the agent takes at once
 * @param available      whether the agent takes new cases now
 * @param lastAssignedAt when the agent was last given a case, else null
 * @param repliesNeedApproval whether a supervisor approves the agent's replies (new agents)
 */
public record Agent(String agentId, String name, Set<String> teams, Set<String> skills, int maxOpen, boolean available,
                    Instant lastAssignedAt, boolean repliesNeedApproval) {
    public Agent {
        teams = Set.copyOf(teams);
        skills = Set.copyOf(skills);
        if (agentId == null || agentId.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("an agent needs an id and a name");
        }
        if (teams.isEmpty()) {
            throw new IllegalArgumentException("agent " + agentId + " needs at least one team");
        }
        if (maxOpen < 1) {
            throw new IllegalArgumentException("agent " + agentId + ": maxOpen must be at least 1, was " + maxOpen);
        }
    }

    /** Whether the agent has the skill, or the wildcard of its kind ({@code language:*}). */
    public boolean has(String skill) {
        int colon = skill.indexOf(':');
        return skills.contains(skill) || (colon > 0 && skills.contains(skill.substring(0, colon + 1) + "*"));
    }
}
