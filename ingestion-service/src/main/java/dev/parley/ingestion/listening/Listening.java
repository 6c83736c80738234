package dev.parley.ingestion.listening;

import dev.parley.events.SocialPost;
import java.util.Map;
import java.util.Optional;

/** Every brand's listening rules; a brand without rules keeps everything. */
public record Listening(Map<String, ListeningRules> brands) {
    public Listening {
        brands = brands == null ? Map.of() : Map.copyOf(brands);
    }

    public Optional<String> rejects(SocialPost post) {
        return brands.getOrDefault(post.brand(), ListeningRules.KEEP_ALL).rejects(post);
    }
}
