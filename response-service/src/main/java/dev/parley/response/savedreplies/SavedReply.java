package dev.parley.response.savedreplies;

import dev.parley.events.Platform;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A reply agents reuse.
 *
 * @param body     the text, with variables such as {@code {{customer_name}}} and {@code {{booking_reference}}}
 * @param variants the wording for a platform where it differs (e.g. shorter for X)
 * @param tags     for search
 * @param intents  the intents it answers (complaint, question, ...): suggested for posts of those
 * @param topics   the taxonomy topics it answers: suggested for posts about them
 */
public record SavedReply(String savedReplyId, String title, String body, Map<Platform, String> variants, Set<String> tags,
                         Set<String> intents, Set<String> topics, String updatedBy, Instant updatedAt) {
    public SavedReply {
        if (title == null || title.isBlank() || body == null || body.isBlank()) {
            throw new IllegalArgumentException("a saved reply needs a title and a body");
        }
        variants = variants == null ? Map.of() : Map.copyOf(variants);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        intents = intents == null ? Set.of() : Set.copyOf(intents);
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        Templates.check(body);
        variants.values().forEach(Templates::check);
    }

    /** The wording for the platform: its variant, or the body. */
    public String textFor(Platform platform) {
        return variants.getOrDefault(platform, body);
    }
}
