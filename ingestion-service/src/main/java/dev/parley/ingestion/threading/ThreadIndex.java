package dev.parley.ingestion.threading;

import java.time.Instant;
import java.util.Optional;

/** What threading remembers: the conversation of every item seen, and each author's latest public conversation. */
public interface ThreadIndex {

    Optional<String> conversationOf(String itemId);

    void remember(String itemId, String conversationId);

    Optional<LatestConversation> latestOf(String authorKey);

    void rememberLatest(String authorKey, LatestConversation latest);

    /** The conversation an author last posted in publicly, and when. */
    record LatestConversation(String conversationId, Instant postedAt) {
    }
}
