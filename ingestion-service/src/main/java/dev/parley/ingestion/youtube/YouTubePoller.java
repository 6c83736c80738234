package dev.parley.ingestion.youtube;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Polls the comment threads on a YouTube channel's videos (Data API v3 {@code commentThreads.list}
 * with {@code allThreadsRelatedToChannelId}, {@code order=time}): top-level comments and the replies
 * that come with them. The cursor is the publish time of the newest comment seen; a poll pages
 * ({@code pageToken}) until it reaches threads older than that. Comments published at the cursor's
 * very second are read again (the exactly-once stage drops the repeats), so none is skipped.
 */
public class YouTubePoller implements Poller {
    public static final String SOURCE = "youtube-api-comment";

    private final PlatformClient client;
    private final URI baseUrl;
    private final String apiKey;
    private final String channelId;
    private final String brand;
    private final Clock clock;

    public YouTubePoller(PlatformClient client, URI baseUrl, String apiKey, String channelId, String brand, Clock clock) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.channelId = channelId;
        this.brand = brand;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return "youtube:" + channelId;
    }

    @Override
    public Poll poll(String cursor) {
        Instant since = cursor == null ? Instant.EPOCH : Instant.parse(cursor);
        List<Map<String, Object>> comments = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        String pageToken = null;
        boolean reachedCursor = false;
        int pages = 0;
        do {
            Map<String, Object> page = client.sendForJson(HttpRequest.newBuilder(baseUrl.resolve(
                    "/youtube/v3/commentThreads?part=snippet,replies&order=time&maxResults=100&textFormat=plainText"
                            + "&allThreadsRelatedToChannelId=" + URLEncoder.encode(channelId, StandardCharsets.UTF_8)
                            + "&key=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8)
                            + (pageToken != null ? "&pageToken=" + pageToken : ""))).GET().build());
            for (Map<String, Object> thread : list(page.get("items"))) {
                Map<String, Object> snippet = map(thread.get("snippet"));
                Map<String, Object> topLevel = map(snippet.get("topLevelComment"));
                if (publishedAt(topLevel).isBefore(since)) {
                    reachedCursor = true;
                }
                List<Map<String, Object>> inThread = new ArrayList<>(List.of(topLevel));
                inThread.addAll(list(map(thread.get("replies")).get("comments")));
                inThread.stream().filter(c -> !publishedAt(c).isBefore(since))
                        .forEach(c -> comments.add(Map.of("comment", c, "threadId", text(thread, "id"),
                                "videoId", String.valueOf(snippet.get("videoId")))));
            }
            pageToken = text(page, "nextPageToken");
        } while (!reachedCursor && cursor != null && pageToken != null && ++pages < Poll.MAX_PAGES);
        if (!reachedCursor && cursor != null && pageToken != null) {
            ignored.add(Poll.pagesLeftUnread("comments"));
        }
        comments.sort(Comparator.comparing(c -> publishedAt(map(c.get("comment")))));
        Instant now = clock.instant();
        List<RawPost> items = new ArrayList<>();
        String newest = cursor;
        for (Map<String, Object> found : comments) {
            Map<String, Object> comment = map(found.get("comment"));
            newest = map(comment.get("snippet")).get("publishedAt").toString();
            if (channelId.equals(text(map(map(comment.get("snippet")).get("authorChannelId")), "value"))) {
                ignored.add("the brand's own comment");
            } else {
                items.add(new RawPost(SocialPost.postIdOf(Platform.YOUTUBE, text(comment, "id")), SOURCE, Platform.YOUTUBE,
                        brand, now, comment, Map.of("threadId", found.get("threadId"), "videoId", found.get("videoId"),
                        "channelId", channelId)));
            }
        }
        return new Poll(items, newest, ignored);
    }

    private static Instant publishedAt(Map<String, Object> comment) {
        Object value = map(comment.get("snippet")).get("publishedAt");
        return value == null ? Instant.EPOCH : Instant.parse(value.toString());
    }
}
