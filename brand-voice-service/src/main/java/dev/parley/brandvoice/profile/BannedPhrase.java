package dev.parley.brandvoice.profile;

/**
 * A phrase that conflicts with the brand promise.
 *
 * @param phrase     matched case-insensitively, on word boundaries
 * @param reason     why it is banned, shown to the agent
 * @param suggestion what to say instead, or null
 */
public record BannedPhrase(String phrase, String reason, String suggestion) {
    public BannedPhrase {
        if (phrase == null || phrase.isBlank()) {
            throw new IllegalArgumentException("a banned phrase must not be blank");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("banned phrase '" + phrase + "' needs a reason");
        }
    }
}
