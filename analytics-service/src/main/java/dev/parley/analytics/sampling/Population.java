package dev.parley.analytics.sampling;

import dev.parley.events.WireEnum;
import java.util.List;

/**
 * What a sample is drawn from, and the dimensions its representativeness is judged on. JSON: {@code "posts"},
 * {@code "cases"}.
 */
public enum Population implements WireEnum {
    /** Counted customer posts; the loudest are the most-followed authors'. */
    POSTS(List.of("platform", "channel", "sentiment", "topic")),
    /** Cases opened in the period; the loudest are the highest-priority ones. */
    CASES(List.of("platform", "channel", "sentiment", "topic", "team"));

    private final List<String> dimensions;

    Population(List<String> dimensions) {
        this.dimensions = dimensions;
    }

    public List<String> dimensions() {
        return dimensions;
    }

    /** How the summary names the items: {@code posts}, {@code cases}. */
    public String noun() {
        return wireName();
    }
}
