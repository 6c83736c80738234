package dev.parley.ingestion.meta;

import java.util.Map;
import java.util.Optional;

/**
 * Instagram's {@code mentions} webhook names only the media (and comment) where the brand was
 * mentioned; the text and author come from a Graph API lookup.
 */
public interface MentionLookup {

    /**
     * @param commentId the comment that mentions the brand, or null when the media's caption does
     * @return the comment ({@code id, text, timestamp, username}) or media ({@code id, caption, timestamp,
     *         username, permalink}); empty when it no longer exists or cannot be read
     * @throws dev.parley.ingestion.platform.PlatformCallException when the lookup should be tried again later
     */
    Optional<Map<String, Object>> lookup(String instagramAccountId, String brand, String mediaId, String commentId);
}
