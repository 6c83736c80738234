package dev.parley.events;

import java.util.List;

/**
 * The feelings a post shows, strongest first.
 *
 * @param detected the feelings found, each with its intensity and the words that showed it; empty when none
 * @param sarcasm  whether the post reads as sarcastic (praise words around a complaint); null when the model
 *                 that read it cannot tell
 */
public record Feelings(List<FeelingScore> detected, Boolean sarcasm) {
    public Feelings {
        detected = List.copyOf(detected);
    }

    /**
     * @param feeling   which feeling
     * @param intensity 0 (barely) to 1 (strongly)
     * @param cues      the words or signs in the post that showed it
     */
    public record FeelingScore(Feeling feeling, double intensity, List<String> cues) {
        public FeelingScore {
            cues = List.copyOf(cues);
        }
    }
}
