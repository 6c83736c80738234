package dev.parley.brandvoice.profile;

import dev.parley.events.WireEnum;
import java.util.List;

/**
 * A topic where what is said has legal or safety weight.
 *
 * @param name            e.g. {@code refunds}
 * @param triggers        words in the customer's post or the reply that bring the topic up
 * @param requiredWording phrases of which the reply must contain one (the disclaimer, or the approved holding
 *                        statement for an escalation)
 * @param action          what the topic needs
 * @param team            for escalations, who must handle it (shown to the agent)
 */
public record RegulatedTopic(String name, List<String> triggers, List<String> requiredWording, Action action,
        String team) {
    public RegulatedTopic {
        name = BrandProfile.required(name, "regulatedTopics[].name");
        triggers = BrandProfile.nonBlank(triggers, "regulatedTopics[" + name + "].triggers");
        if (triggers.isEmpty()) {
            throw new IllegalArgumentException("regulatedTopics[" + name + "].triggers must not be empty");
        }
        requiredWording = BrandProfile.nonBlank(requiredWording, "regulatedTopics[" + name + "].requiredWording");
        action = action == null ? Action.DISCLAIMER : action;
        if (requiredWording.isEmpty()) {
            throw new IllegalArgumentException("regulatedTopics[" + name + "].requiredWording must not be empty");
        }
        if (action == Action.ESCALATE && (team == null || team.isBlank())) {
            throw new IllegalArgumentException("regulatedTopics[" + name + "] escalates, so it needs a team");
        }
    }

    /** JSON: {@code "disclaimer"} (the reply must carry the wording) or {@code "escalate"} (only the holding statement may go out). */
    public enum Action implements WireEnum {
        DISCLAIMER, ESCALATE
    }
}
