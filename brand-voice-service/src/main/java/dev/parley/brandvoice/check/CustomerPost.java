package dev.parley.brandvoice.check;

import dev.parley.events.Feeling;
import dev.parley.events.SentimentLabel;
import java.util.List;
import java.util.Set;

/**
 * The customer's post a reply answers, as triage read it.
 *
 * @param text         what the customer wrote, or null
 * @param authorHandle the customer's handle without {@code @}, or null
 * @param sentiment    triage's sentiment, or null
 * @param feelings     the feelings triage found
 */
public record CustomerPost(String text, String authorHandle, SentimentLabel sentiment, List<Feeling> feelings) {
    static final CustomerPost UNKNOWN = new CustomerPost(null, null, null, List.of());
    private static final Set<Feeling> UPSET = Set.of(Feeling.ANGER, Feeling.FRUSTRATION, Feeling.ANXIETY);

    public CustomerPost {
        feelings = feelings == null ? List.of() : List.copyOf(feelings);
    }

    /** Negative, angry, frustrated or anxious: the reply must acknowledge it. */
    public boolean upset() {
        return sentiment == SentimentLabel.NEGATIVE || feelings.stream().anyMatch(UPSET::contains);
    }
}
