package dev.parley.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agent's correction of what triage found: a labelled example for retraining and a data point for drift.
 * Schema {@code triage-correction.v1}; topic {@code parley.triage.feedback}, key {@code <postId>|<field>}
 * (compacted: an agent's later correction of the same field replaces the earlier one).
 *
 * @param postId      the corrected post
 * @param brand       the brand the post was addressed to
 * @param text        the post's text, so the example stands alone
 * @param field       what was corrected: {@code sentiment}, {@code intent} or {@code topic}
 * @param modelValue  what triage said (a label or topic id)
 * @param agentValue  what the agent says it is
 * @param model       the model that said {@code modelValue}
 * @param agent       the agent who corrected it
 * @param correctedAt when
 */
public record TriageCorrection(String postId, String brand, String text, CorrectedField field, String modelValue,
                               String agentValue, String model, String agent, Instant correctedAt) {

    /** A correction without these cannot be learned from: refused when read. */
    public TriageCorrection {
        Map<String, Object> required = new LinkedHashMap<>();
        required.put("postId", postId);
        required.put("text", text);
        required.put("field", field);
        required.put("agentValue", agentValue);
        required.put("correctedAt", correctedAt);
        List<String> missing = required.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("a triage correction needs " + missing);
        }
    }

    /** The Kafka key: one current correction per post and field. */
    public String key() {
        return postId + "|" + field.wireName();
    }

    /** Whether the agent disagreed with the model (a confirmation repeats the model's value). */
    public boolean disagrees() {
        return !agentValue.equals(modelValue);
    }

    /** The triage result an agent can correct. */
    public enum CorrectedField implements WireEnum {
        SENTIMENT, INTENT, TOPIC
    }
}
