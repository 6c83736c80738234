package dev.parley.response.web;

/** A request body that only names the agent acting. */
public record AgentRef(String agentId) {
    void validate() {
        if (agentId == null || agentId.isBlank()) {
            throw new IllegalArgumentException("agentId is required");
        }
    }
}
