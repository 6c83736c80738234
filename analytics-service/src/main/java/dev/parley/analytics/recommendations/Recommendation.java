package dev.parley.analytics.recommendations;

import dev.parley.analytics.trends.Trend;
import java.util.List;

/**
 * Something to do, linked to the significant trend that calls for it.
 *
 * @param title    one sentence: what moved, by how much, how sure, and what to review
 * @param process  the service process concerned
 * @param actions  concrete next steps
 * @param evidence the trend behind it (values, samples, test, p-value)
 * @param urgency  for ordering: larger is more urgent (relative change weighted by certainty)
 */
public record Recommendation(String title, String process, List<String> actions, Trend evidence, double urgency) {
}
