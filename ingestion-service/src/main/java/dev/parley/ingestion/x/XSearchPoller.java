package dev.parley.ingestion.x;

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
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Polls X API v2 recent search ({@code GET /2/tweets/search/recent}) for mentions and keywords. The
 * cursor is the newest post id seen ({@code since_id}); a poll pages through {@code next_token} until
 * everything newer than the cursor is read. The brand's own posts and retweets are left out.
 */
public class XSearchPoller implements Poller {
    public static final String SOURCE = "x-api-v2-tweet";
    private static final String FIELDS = "&max_results=100"
            + "&tweet.fields=author_id,conversation_id,created_at,lang,public_metrics,referenced_tweets"
            + "&expansions=author_id&user.fields=name,username,verified,public_metrics";

    private final PlatformClient client;
    private final URI baseUrl;
    private final String bearerToken;
    private final String query;
    private final String brand;
    private final String brandUserId;
    private final Clock clock;

    /**
     * @param query       an X search query, e.g. {@code @AcmeAir OR "acme air" -is:retweet}
     * @param brandUserId the brand's own X user id, whose posts are not customer posts
     */
    public XSearchPoller(PlatformClient client, URI baseUrl, String bearerToken, String query, String brand,
                         String brandUserId, Clock clock) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.bearerToken = bearerToken;
        this.query = query;
        this.brand = brand;
        this.brandUserId = brandUserId;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return "x-search:" + brand;
    }

    @Override
    public Poll poll(String sinceId) {
        List<Map<String, Object>> tweets = new ArrayList<>();
        Map<String, Map<String, Object>> users = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        String newest = null;
        String nextToken = null;
        int pages = 0;
        do {
            Map<String, Object> page = client.sendForJson(HttpRequest.newBuilder(baseUrl.resolve(
                    "/2/tweets/search/recent?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + FIELDS
                            + (sinceId != null ? "&since_id=" + sinceId : "")
                            + (nextToken != null ? "&next_token=" + nextToken : "")))
                    .header("Authorization", "Bearer " + bearerToken).GET().build());
            Map<String, Object> meta = map(page.get("meta"));
            newest = newest != null ? newest : text(meta, "newest_id");
            list(map(page.get("includes")).get("users")).forEach(user -> users.put(text(user, "id"), user));
            tweets.addAll(list(page.get("data")));
            nextToken = text(meta, "next_token");
        } while (nextToken != null && ++pages < Poll.MAX_PAGES);
        if (nextToken != null) {
            ignored.add(Poll.pagesLeftUnread("posts"));
        }
        Instant now = clock.instant();
        List<RawPost> items = new ArrayList<>();
        Collections.reverse(tweets);
        for (Map<String, Object> tweet : tweets) {
            String authorId = text(tweet, "author_id");
            if (brandUserId.equals(authorId)) {
                ignored.add("the brand's own post");
            } else if (list(tweet.get("referenced_tweets")).stream().anyMatch(r -> "retweeted".equals(r.get("type")))) {
                ignored.add("retweet");
            } else {
                Map<String, Object> author = users.get(authorId);
                items.add(new RawPost(SocialPost.postIdOf(Platform.X, text(tweet, "id")), SOURCE, Platform.X, brand, now,
                        tweet, author == null ? Map.of() : Map.of("author", author)));
            }
        }
        return new Poll(items, newest != null ? newest : sinceId, ignored);
    }
}
