package dev.parley.ingestion.config;

import dev.parley.ingestion.outbound.BrandCredentials;
import dev.parley.ingestion.platform.PlatformUrls;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.ingestion.outbound.*}: publishing agents' replies on the platforms. Each brand gives the
 * tokens of its own accounts; a reply for a platform where its brand has none fails with the setting
 * to add. Base URLs default to the platforms' real APIs (tests point them at fakes).
 *
 * @param enabled         consume {@code parley.replies.outbound} (default true)
 * @param maxAge          replies requested longer ago are not sent but reported failed (default 24 h)
 * @param brands          each brand's tokens
 * @param xUrl            default {@code https://api.x.com}
 * @param metaGraphUrl    the Graph API with version, default {@code https://graph.facebook.com/v21.0/}
 * @param redditUrl       default {@code https://oauth.reddit.com}
 * @param redditUserAgent Reddit's required descriptive user agent, default {@code server:dev.parley:1.0}
 * @param youtubeUrl      default {@code https://www.googleapis.com}
 * @param trustpilotUrl   default {@code https://api.trustpilot.com}
 */
@ConfigurationProperties("parley.ingestion.outbound")
public record OutboundProperties(Boolean enabled, Duration maxAge, Map<String, BrandTokens> brands, URI xUrl,
                                 URI metaGraphUrl, URI redditUrl, String redditUserAgent, URI youtubeUrl,
                                 URI trustpilotUrl) {
    public OutboundProperties {
        enabled = enabled == null || enabled;
        maxAge = maxAge == null ? Duration.ofHours(24) : maxAge;
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("parley.ingestion.outbound.max-age must be positive");
        }
        brands = brands == null ? Map.of() : Map.copyOf(brands);
        xUrl = xUrl == null ? PlatformUrls.X : xUrl;
        metaGraphUrl = metaGraphUrl == null ? PlatformUrls.META_GRAPH : metaGraphUrl;
        if (!metaGraphUrl.getPath().endsWith("/")) {
            throw new IllegalArgumentException("parley.ingestion.outbound.meta-graph-url must end with '/', e.g. "
                    + "https://graph.facebook.com/v21.0/");
        }
        redditUrl = redditUrl == null ? PlatformUrls.REDDIT : redditUrl;
        redditUserAgent = redditUserAgent == null ? "server:dev.parley:1.0" : redditUserAgent;
        youtubeUrl = youtubeUrl == null ? PlatformUrls.YOUTUBE : youtubeUrl;
        trustpilotUrl = trustpilotUrl == null ? PlatformUrls.TRUSTPILOT : trustpilotUrl;
    }

    /**
     * @param xUserToken    an OAuth 2.0 user access token of the brand's X account ({@code tweet.write}, {@code dm.write})
     * @param metaPageToken the Page access token (Facebook comments, Messenger, Instagram)
     * @param redditToken   an OAuth access token of the brand's Reddit account ({@code submit})
     * @param youtubeToken  an OAuth access token of the brand's YouTube channel ({@code youtube.force-ssl})
     * @param trustpilotToken          an OAuth access token of the brand's Trustpilot business user
     * @param trustpilotBusinessUserId that business user's id, who signs review replies
     */
    public record BrandTokens(String xUserToken, String metaPageToken, String redditToken, String youtubeToken,
                              String trustpilotToken, String trustpilotBusinessUserId) {
    }

    public BrandCredentials x() {
        return credentials("X", "x-user-token", BrandTokens::xUserToken);
    }

    public BrandCredentials meta() {
        return credentials("Meta", "meta-page-token", BrandTokens::metaPageToken);
    }

    public BrandCredentials reddit() {
        return credentials("Reddit", "reddit-token", BrandTokens::redditToken);
    }

    public BrandCredentials youtube() {
        return credentials("YouTube", "youtube-token", BrandTokens::youtubeToken);
    }

    public BrandCredentials trustpilot() {
        return credentials("Trustpilot", "trustpilot-token", BrandTokens::trustpilotToken);
    }

    /** Each brand's Trustpilot business user id, where configured. */
    public Map<String, String> trustpilotBusinessUsers() {
        return brands.entrySet().stream().filter(e -> e.getValue().trustpilotBusinessUserId() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().trustpilotBusinessUserId()));
    }

    private BrandCredentials credentials(String platform, String setting, Function<BrandTokens, String> token) {
        return new BrandCredentials(platform, "parley.ingestion.outbound.brands.<brand>." + setting,
                brands.entrySet().stream().filter(e -> token.apply(e.getValue()) != null)
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> token.apply(e.getValue()))));
    }
}
