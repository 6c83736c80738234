package dev.parley.response.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignerTest {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");
    private static final Set<String> SPANISH_BAGGAGE = Set.of("language:es", "platform:x", "topic:lost-luggage");

    private static Agent agent(String id, Set<String> skills, int maxOpen, boolean available, Instant last) {
        return new Agent(id, id, Set.of("baggage"), skills, maxOpen, available, last, false);
    }

    private static Optional<String> choose(AssignmentStrategy strategy, List<Agent> agents, Map<String, Integer> load) {
        return new Assigner(strategy).choose("baggage", SPANISH_BAGGAGE, agents, load).map(Agent::agentId);
    }

    @Test
    void onlyAvailableAgentsOfTheTeamWithRoomAndTheHardSkillsQualify() {
        List<Agent> agents = List.of(agent("english-only", Set.of("language:en", "platform:*"), 5, true, null),
                agent("away", Set.of("language:*", "platform:*"), 5, false, null),
                agent("full", Set.of("language:es", "platform:x"), 1, true, null),
                agent("ana", Set.of("language:es", "platform:*"), 5, true, T));

        assertThat(choose(AssignmentStrategy.LEAST_LOADED, agents, Map.of("full", 1))).contains("ana");
        assertThat(new Assigner(AssignmentStrategy.LEAST_LOADED).choose("billing", SPANISH_BAGGAGE, agents, Map.of()))
                .as("no agent of that team").isEmpty();
        assertThat(new Assigner(AssignmentStrategy.LEAST_LOADED).choose(null, SPANISH_BAGGAGE, agents, Map.of()))
                .as("no team: waits to be claimed").isEmpty();
    }

    @Test
    void softSkillsComeFirstThenTheStrategy() {
        Agent luggageExpert = agent("luggage-expert", Set.of("language:es", "platform:x", "topic:lost-luggage"), 5, true, T);
        Agent idle = agent("idle", Set.of("language:es", "platform:x"), 5, true, T.minusSeconds(3600));
        Agent busy = agent("busy", Set.of("language:es", "platform:x"), 5, true, null);

        assertThat(choose(AssignmentStrategy.LEAST_LOADED, List.of(luggageExpert, idle), Map.of("luggage-expert", 3)))
                .contains("luggage-expert");
        assertThat(choose(AssignmentStrategy.LEAST_LOADED, List.of(idle, busy), Map.of("busy", 2))).contains("idle");
        assertThat(choose(AssignmentStrategy.ROUND_ROBIN, List.of(idle, busy), Map.of("busy", 2)))
                .as("round robin: who waited longest, never assigned first").contains("busy");
    }

    @Test
    void agentsAreCheckedWhenDefined() {
        assertThatThrownBy(() -> new Agent("a", "A", Set.of(), Set.of(), 3, true, null, false)).hasMessageContaining("team");
        assertThatThrownBy(() -> new Agent("a", "A", Set.of("t"), Set.of(), 0, true, null, false)).hasMessageContaining("maxOpen");
    }
}
