package dev.parley.ingestion.polling;

import dev.parley.events.RawPost;
import java.util.List;

/**
 * What one poll found: the new items (oldest first), the cursor to resume from once they are stored,
 * and what was read but left out (the brand's own posts, ...) and why.
 */
public record Poll(List<RawPost> items, String nextCursor, List<String> ignored) {
    /** The most pages one poll reads, so a long backlog cannot hold a poller (and its transaction) for long. */
    public static final int MAX_PAGES = 10;
    public Poll {
        items = List.copyOf(items);
        ignored = List.copyOf(ignored);
    }

    /** The ignored reason of a poll that stopped at {@link #MAX_PAGES} with more to read. */
    public static String pagesLeftUnread(String things) {
        return "more than " + MAX_PAGES + " pages of new " + things + " in one poll: the oldest were not read";
    }
}
