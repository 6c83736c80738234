package dev.parley.brandvoice.profile;

/**
 * A phrase that reinforces the brand promise.
 *
 * @param phrase     matched case-insensitively on word boundaries
 * @param reinforces what of the promise or voice it expresses, shown to agents
 */
public record PreferredPhrase(String phrase, String reinforces) {
    public PreferredPhrase {
        phrase = BrandProfile.required(phrase, "preferredPhrases[].phrase");
    }
}
