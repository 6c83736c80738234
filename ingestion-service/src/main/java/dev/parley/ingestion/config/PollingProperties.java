package dev.parley.ingestion.config;

import dev.parley.ingestion.platform.PlatformUrls;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.ingestion.polling.*}: the platforms Parley polls, each a list of channels. Every
 * channel names its brand and credentials; base URLs default to the platforms' real APIs (tests point
 * them at fakes). A channel's cursor is kept in Kafka, so a restart resumes where it stopped.
 *
 * @param interval      time between the end of one poll of a channel and the start of the next (default 60 s)
 * @param silentBelow   a channel that usually brings at least {@code minUsualPerHour} items an hour is
 *                      "silent" when its recent rate falls under this share of the usual one (default 0.1)
 * @param minUsualPerHour see {@code silentBelow} (default 6)
 * @param xSearch       X API v2 recent search channels
 * @param reddit        Reddit subreddit listings
 * @param youtube       YouTube channels (comment threads on their videos)
 * @param trustpilot    Trustpilot business units (reviews)
 */
@ConfigurationProperties("parley.ingestion.polling")
public record PollingProperties(Duration interval, Double silentBelow, Double minUsualPerHour, List<XSearch> xSearch,
                                List<Reddit> reddit, List<YouTube> youtube, List<Trustpilot> trustpilot) {
    public PollingProperties {
        interval = interval == null ? Duration.ofSeconds(60) : interval;
        silentBelow = silentBelow == null ? 0.1 : silentBelow;
        minUsualPerHour = minUsualPerHour == null ? 6.0 : minUsualPerHour;
        xSearch = xSearch == null ? List.of() : List.copyOf(xSearch);
        reddit = reddit == null ? List.of() : List.copyOf(reddit);
        youtube = youtube == null ? List.of() : List.copyOf(youtube);
        trustpilot = trustpilot == null ? List.of() : List.copyOf(trustpilot);
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("parley.ingestion.polling.interval must be positive");
        }
        if (silentBelow <= 0 || silentBelow >= 1) {
            throw new IllegalArgumentException("parley.ingestion.polling.silent-below must be between 0 and 1");
        }
    }

    /**
     * @param brand       the brand the posts are addressed to
     * @param query       the search query, e.g. {@code @AcmeAir OR "acme air" -is:retweet}
     * @param bearerToken the app's bearer token
     * @param brandUserId the brand's X user id (its own posts are left out)
     * @param baseUrl     default {@code https://api.x.com}
     */
    public record XSearch(String brand, String query, String bearerToken, String brandUserId, URI baseUrl) {
        public XSearch {
            required("x-search", "brand", brand, "query", query, "bearer-token", bearerToken, "brand-user-id", brandUserId);
            baseUrl = baseUrl == null ? PlatformUrls.X : baseUrl;
        }
    }

    /**
     * @param brand         the brand
     * @param subreddit     without {@code r/} (not needed for {@code mentions})
     * @param listing       {@code comments} (default), {@code posts}, or {@code mentions} of the brand's account
     * @param accessToken   an OAuth access token of the brand's Reddit app
     * @param userAgent     Reddit requires a unique, descriptive one
     * @param brandUsername the brand's Reddit account (its own things are left out)
     * @param baseUrl       default {@code https://oauth.reddit.com}
     */
    public record Reddit(String brand, String subreddit, String listing, String accessToken, String userAgent,
                         String brandUsername, URI baseUrl) {
        public Reddit {
            listing = listing == null ? "comments" : listing;
            if (!List.of("comments", "posts", "mentions").contains(listing)) {
                throw new IllegalArgumentException("parley.ingestion.polling.reddit listing must be comments, posts or"
                        + " mentions, got '" + listing + "'");
            }
            required("reddit", "brand", brand, "subreddit", listing.equals("mentions") ? "(not needed)" : subreddit,
                    "access-token", accessToken, "user-agent", userAgent, "brand-username", brandUsername);
            baseUrl = baseUrl == null ? PlatformUrls.REDDIT : baseUrl;
        }
    }

    /**
     * @param brand     the brand
     * @param channelId the brand's YouTube channel id ({@code UC…}); its own comments are left out
     * @param apiKey    a YouTube Data API key
     * @param baseUrl   default {@code https://www.googleapis.com}
     */
    public record YouTube(String brand, String channelId, String apiKey, URI baseUrl) {
        public YouTube {
            required("youtube", "brand", brand, "channel-id", channelId, "api-key", apiKey);
            baseUrl = baseUrl == null ? PlatformUrls.YOUTUBE : baseUrl;
        }
    }

    /**
     * @param brand          the brand
     * @param businessUnitId the Trustpilot business unit
     * @param apiKey         a Trustpilot API key
     * @param baseUrl        default {@code https://api.trustpilot.com}
     */
    public record Trustpilot(String brand, String businessUnitId, String apiKey, URI baseUrl) {
        public Trustpilot {
            required("trustpilot", "brand", brand, "business-unit-id", businessUnitId, "api-key", apiKey);
            baseUrl = baseUrl == null ? PlatformUrls.TRUSTPILOT : baseUrl;
        }
    }

    /** @param namesAndValues each setting's name followed by its value */
    private static void required(String platform, String... namesAndValues) {
        List<String> missing = IntStream.iterate(0, i -> i < namesAndValues.length, i -> i + 2)
                .filter(i -> namesAndValues[i + 1] == null || namesAndValues[i + 1].isBlank())
                .mapToObj(i -> namesAndValues[i]).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("a parley.ingestion.polling." + platform + " channel needs " + missing
                    + " (see docs/ingestion.md)");
        }
    }
}
