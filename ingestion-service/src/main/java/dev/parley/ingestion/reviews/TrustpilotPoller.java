package dev.parley.ingestion.reviews;

import static dev.parley.ingestion.platform.PlatformJson.list;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Polls a business unit's reviews on Trustpilot ({@code GET /v1/business-units/<id>/reviews},
 * {@code orderBy=createdat.desc}, key in the {@code apikey} header). The cursor is the creation time
 * of the newest review seen; a poll pages ({@code page=2, 3, …}) until it reaches older reviews.
 * Reviews created in the cursor's very second are read again and dropped later as repeats.
 */
public class TrustpilotPoller implements Poller {
    public static final String SOURCE = "trustpilot-review";

    private final PlatformClient client;
    private final URI baseUrl;
    private final String apiKey;
    private final String businessUnitId;
    private final String brand;
    private final Clock clock;

    public TrustpilotPoller(PlatformClient client, URI baseUrl, String apiKey, String businessUnitId, String brand,
                            Clock clock) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.businessUnitId = businessUnitId;
        this.brand = brand;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return "trustpilot:" + businessUnitId;
    }

    @Override
    public Poll poll(String cursor) {
        Instant since = cursor == null ? Instant.EPOCH : Instant.parse(cursor);
        List<Map<String, Object>> reviews = new ArrayList<>();
        boolean more;
        boolean reachedCursor = false;
        int page = 1;
        do {
            Map<String, Object> answer = client.sendForJson(HttpRequest.newBuilder(baseUrl.resolve(
                    "/v1/business-units/" + businessUnitId + "/reviews?orderBy=createdat.desc&perPage=100&page=" + page))
                    .header("apikey", apiKey).GET().build());
            for (Map<String, Object> review : list(answer.get("reviews"))) {
                if (createdAt(review).isBefore(since)) {
                    reachedCursor = true;
                    break;
                }
                reviews.add(review);
            }
            more = list(answer.get("links")).stream().anyMatch(link -> "next-page".equals(link.get("rel")));
        } while (!reachedCursor && cursor != null && more && ++page <= Poll.MAX_PAGES);
        List<String> ignored = new ArrayList<>();
        if (!reachedCursor && cursor != null && more) {
            ignored.add(Poll.pagesLeftUnread("reviews"));
        }
        reviews.sort(Comparator.comparing(TrustpilotPoller::createdAt));
        Instant now = clock.instant();
        List<RawPost> items = reviews.stream().map(review -> new RawPost(SocialPost.postIdOf(Platform.REVIEW,
                "trustpilot-" + text(review, "id")), SOURCE, Platform.REVIEW, brand, now, review, Map.of())).toList();
        return new Poll(items, reviews.isEmpty() ? cursor : text(reviews.get(reviews.size() - 1), "createdAt"), ignored);
    }

    static Instant createdAt(Map<String, Object> review) {
        Object value = review.get("createdAt");
        return value == null ? Instant.EPOCH : Instant.parse(value.toString());
    }
}
