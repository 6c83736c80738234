package dev.parley.events;

import java.util.List;

/**
 * One topic of the brand's taxonomy that a post is about.
 *
 * @param topic      the topic's id in the taxonomy, e.g. {@code lost-luggage}
 * @param confidence 0 to 1
 * @param via        {@code keywords} (the taxonomy's terms matched) or {@code model} (a trained topic model)
 * @param keywords   the taxonomy terms found in the post; empty when found by the model
 */
public record TopicMatch(String topic, double confidence, String via, List<String> keywords) {
    public TopicMatch {
        keywords = List.copyOf(keywords);
    }
}
