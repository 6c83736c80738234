package dev.parley.response.assignment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the agent for a case from the routing hints triage gave it: an available agent of the case's team with
 * room for another case and every hard skill (language, platform, private messages); among those, the most soft
 * skills (topics, urgency), then the strategy. A case without a team waits for an agent to claim it.
 */
public class Assigner {
    private static final Set<String> HARD_KINDS = Set.of("language:", "platform:");
    private static final String PRIVATE_MESSAGES = "private-messages";

    private final AssignmentStrategy strategy;

    public Assigner(AssignmentStrategy strategy) {
        this.strategy = strategy;
    }

    static boolean hard(String skill) {
        return skill.equals(PRIVATE_MESSAGES) || HARD_KINDS.stream().anyMatch(skill::startsWith);
    }

    /**
     * @param openCases live cases per agent id
     */
    public Optional<Agent> choose(String team, Set<String> skills, List<Agent> agents, Map<String, Integer> openCases) {
        Comparator<Agent> softMatches = Comparator.comparingLong(
                a -> skills.stream().filter(s -> !hard(s)).filter(a::has).count());
        Comparator<Agent> waited = Comparator.comparing(Agent::lastAssignedAt,
                Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
        Comparator<Agent> load = Comparator.comparingInt(a -> openCases.getOrDefault(a.agentId(), 0));
        Comparator<Agent> order = softMatches.reversed()
                .thenComparing(strategy == AssignmentStrategy.LEAST_LOADED ? load.thenComparing(waited) : waited)
                .thenComparing(Agent::agentId);
        return eligible(team, skills, agents).stream()
                .filter(a -> openCases.getOrDefault(a.agentId(), 0) < a.maxOpen())
                .min(order);
    }

    /** The agents that could take such a case if they had room: available, of the team, with every hard skill. */
    public List<Agent> eligible(String team, Set<String> skills, List<Agent> agents) {
        return agents.stream()
                .filter(Agent::available)
                .filter(a -> team != null && a.teams().contains(team))
                .filter(a -> skills.stream().filter(Assigner::hard).allMatch(a::has))
                .toList();
    }
}
