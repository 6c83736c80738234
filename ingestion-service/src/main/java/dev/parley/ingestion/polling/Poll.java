package dev.parley.ingestion.polling;

import dev.parley.events.RawPost;
import java.util.List;

/**
 * What one poll found: the new items (oldest first), the cursor to resume from once they are stored,
 * and what was read but left out (the brand's own posts, ...) and why.
 */
public record Poll(List<RawPost> items, String nextCursor, List<String> ignored) {
    public Poll {
        items = List.copyOf(items);
        ignored = List.copyOf(ignored);
    }
}
