package dev.parley.events;

import java.util.List;

/**
 * How soon a post needs an answer, with the reasons that made the score.
 *
 * @param score   0 (whenever) to 100 (now)
 * @param reasons human-readable reasons, most important first
 */
public record Priority(int score, List<String> reasons) {
    public Priority {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("priority must be 0..100, was " + score);
        }
        reasons = List.copyOf(reasons);
    }
}
