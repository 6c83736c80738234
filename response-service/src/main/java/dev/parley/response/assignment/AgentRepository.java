package dev.parley.response.assignment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where agents live. */
public interface AgentRepository {

    void save(Agent agent);

    Optional<Agent> find(String agentId);

    List<Agent> all();

    /** Live (not resolved or closed) cases per agent. */
    Map<String, Integer> openCases();

    /** Live cases of these agents only (no entry: none), so choosing among a few agents reads only their cases. */
    Map<String, Integer> openCases(Collection<String> agentIds);

    void markAssigned(String agentId, Instant at);
}
