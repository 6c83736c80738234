package dev.parley.ingestion.reddit;

import static dev.parley.ingestion.platform.PlatformJson.list;
import static dev.parley.ingestion.platform.PlatformJson.map;
import static dev.parley.ingestion.platform.PlatformJson.text;

import dev.parley.events.Platform;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.platform.PlatformClient;
import dev.parley.ingestion.platform.PlatformJson;
import dev.parley.ingestion.polling.Poll;
import dev.parley.ingestion.polling.Poller;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Polls one Reddit listing, newest first, through the OAuth API: a subreddit's comments
 * ({@code GET /r/<sub>/comments}) or posts ({@code /r/<sub>/new}), or the comments that mention the
 * brand's account ({@code /message/mentions}, read with the account's own token). The cursor is the fullname of the newest thing seen
 * (e.g. {@code t1_k2x9a}); a poll follows the listing's {@code after} cursor to older pages until it
 * reaches that thing. Reddit ids are base-36 counters, so "older than the cursor" is a comparison.
 */
public class RedditPoller implements Poller {
    public static final String SOURCE = "reddit-api-thing";

    /** Which listing to read: a subreddit's new comments or posts, or the brand account's username mentions. */
    public enum Listing {
        COMMENTS("comments"), POSTS("new"), MENTIONS("mentions");

        private final String name;

        Listing(String name) {
            this.name = name;
        }
    }

    private final PlatformClient client;
    private final URI baseUrl;
    private final String accessToken;
    private final String userAgent;
    private final String subreddit;
    private final Listing listing;
    private final String brand;
    private final String brandUsername;
    private final Clock clock;

    /**
     * @param userAgent     Reddit requires a descriptive one, e.g. {@code server:parley:1.0 (by /u/acme)}
     * @param brandUsername the brand's own Reddit account, whose things are not customer posts
     */
    public RedditPoller(PlatformClient client, URI baseUrl, String accessToken, String userAgent, String subreddit,
                        Listing listing, String brand, String brandUsername, Clock clock) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.accessToken = accessToken;
        this.userAgent = userAgent;
        this.subreddit = subreddit;
        this.listing = listing;
        this.brand = brand;
        this.brandUsername = brandUsername;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return listing == Listing.MENTIONS ? "reddit-mentions:u/" + brandUsername : "reddit-" + listing.name + ":r/" + subreddit;
    }

    @Override
    public Poll poll(String newestSeen) {
        long seen = newestSeen == null ? -1 : idNumber(newestSeen);
        List<Map<String, Object>> things = new ArrayList<>();
        String after = null;
        boolean reachedCursor = false;
        int pages = 0;
        do {
            Map<String, Object> data = map(client.sendForJson(HttpRequest.newBuilder(baseUrl.resolve(
                    (listing == Listing.MENTIONS ? "/message/mentions" : "/r/" + subreddit + "/" + listing.name)
                            + "?limit=100&raw_json=1" + (after != null ? "&after=" + after : "")))
                    .header("Authorization", "bearer " + accessToken).header("User-Agent", userAgent).GET().build()).get("data"));
            for (Map<String, Object> thing : list(data.get("children"))) {
                if (idNumber(text(map(thing.get("data")), "name")) <= seen) {
                    reachedCursor = true;
                    break;
                }
                things.add(thing);
            }
            after = text(data, "after");
        } while (!reachedCursor && seen >= 0 && after != null && ++pages < Poll.MAX_PAGES);
        List<String> ignored = new ArrayList<>();
        if (!reachedCursor && seen >= 0 && after != null) {
            ignored.add(Poll.pagesLeftUnread("things"));
        }
        String newest = things.isEmpty() ? newestSeen : text(map(things.get(0).get("data")), "name");
        Collections.reverse(things);
        Instant now = clock.instant();
        List<RawPost> items = new ArrayList<>();
        for (Map<String, Object> thing : things) {
            Map<String, Object> data = map(thing.get("data"));
            if (brandUsername.equalsIgnoreCase(text(data, "author"))) {
                ignored.add("the brand's own post");
            } else if ("[deleted]".equals(text(data, "author"))) {
                ignored.add("deleted");
            } else {
                items.add(new RawPost(SocialPost.postIdOf(Platform.REDDIT, text(data, "name")), SOURCE, Platform.REDDIT,
                        brand, now, thing, Map.of()));
            }
        }
        return new Poll(items, newest, ignored);
    }

    /** {@code t1_k2x9a} → the base-36 number {@code k2x9a}; -1 for anything else. */
    static long idNumber(String fullname) {
        if (fullname == null || fullname.indexOf('_') < 0) {
            return -1;
        }
        try {
            return Long.parseLong(fullname.substring(fullname.indexOf('_') + 1), 36);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
