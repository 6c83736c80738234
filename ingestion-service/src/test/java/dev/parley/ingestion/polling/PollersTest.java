package dev.parley.ingestion.polling;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.parley.events.Engagement;
import dev.parley.events.PostKind;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.ingestion.platform.PlatformClient;
import dev.parley.ingestion.platform.PlatformLimits;
import dev.parley.ingestion.reddit.RedditPoller;
import dev.parley.ingestion.reddit.RedditThingFormat;
import dev.parley.ingestion.reviews.TrustpilotPoller;
import dev.parley.ingestion.reviews.TrustpilotReviewFormat;
import dev.parley.ingestion.x.XApiV2TweetFormat;
import dev.parley.ingestion.x.XSearchPoller;
import dev.parley.ingestion.youtube.YouTubeCommentFormat;
import dev.parley.ingestion.youtube.YouTubePoller;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each poller against a fake of its platform's API, answering with payloads in the documented format. */
class PollersTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    private static final Instant NOW = Instant.parse("2026-11-22T11:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final PlatformClient client = new PlatformClient("fake", HttpClient.newHttpClient(),
            PlatformLimits.x().withRetries(1, Duration.ofMillis(1), Duration.ofSeconds(1)), CLOCK);

    static String fixture(String name) throws IOException {
        try (InputStream in = PollersTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private URI base() {
        return URI.create(api.baseUrl());
    }

    @Test
    void xSearchReadsEveryPageSinceTheCursorAndResumesFromTheNewestId() throws IOException {
        api.stubFor(get(urlPathEqualTo("/2/tweets/search/recent")).withQueryParam("next_token", absent())
                .withQueryParam("since_id", equalTo("1862050000000000000"))
                .withQueryParam("query", equalTo("@AcmeAir OR \"acme air\""))
                .withHeader("Authorization", equalTo("Bearer app-token"))
                .willReturn(okJson(fixture("x/search-recent-page-1.json")).withHeader("x-rate-limit-remaining", "449")));
        api.stubFor(get(urlPathEqualTo("/2/tweets/search/recent"))
                .withQueryParam("next_token", equalTo("b26v89c19zqg8o3fpdy8ihz8d5p9qfxd6inpz3tbj1rfx"))
                .willReturn(okJson(fixture("x/search-recent-page-2.json"))));
        XSearchPoller poller = new XSearchPoller(client, base(), "app-token", "@AcmeAir OR \"acme air\"", "acme-air",
                "2244994945", CLOCK);

        Poll poll = poller.poll("1862050000000000000");

        assertThat(poll.items()).extracting(RawPost::postId).containsExactly("x:1862060000000000001", "x:1862060000000000004");
        assertThat(poll.ignored()).containsExactlyInAnyOrder("retweet", "the brand's own post");
        assertThat(poll.nextCursor()).isEqualTo("1862060000000000004");
        assertThat(poller.channel()).isEqualTo("x-search:acme-air");
        SocialPost reply = new XApiV2TweetFormat().normalise(poll.items().get(1));
        assertThat(reply.conversationId()).isEqualTo("x:1862060000000000001");
        assertThat(reply.inReplyTo()).isEqualTo("1862060000000000003");
        assertThat(reply.kind()).isEqualTo(PostKind.REPLY);
        assertThat(reply.author().handle()).isEqualTo("jane_flies");
        assertThat(reply.author().followers()).isEqualTo(1200);
        assertThat(reply.createdAt()).isEqualTo(Instant.parse("2026-11-22T10:20:00Z"));
        assertThat(reply.url()).isEqualTo("https://x.com/jane_flies/status/1862060000000000004");
        assertThat(reply.engagement()).isEqualTo(new Engagement(1, 0, 0));
    }

    @Test
    void xSearchWithNothingNewKeepsTheCursor() {
        api.stubFor(get(urlPathEqualTo("/2/tweets/search/recent"))
                .willReturn(okJson("{\"meta\":{\"result_count\":0}}")));

        Poll poll = new XSearchPoller(client, base(), "t", "@AcmeAir", "acme-air", "1", CLOCK).poll("42");

        assertThat(poll.items()).isEmpty();
        assertThat(poll.nextCursor()).isEqualTo("42");
    }

    @Test
    void redditFollowsAfterUntilItReachesTheNewestThingSeen() throws IOException {
        api.stubFor(get(urlPathEqualTo("/r/acmeair/comments")).withQueryParam("after", absent())
                .withHeader("User-Agent", equalTo("server:parley:1.0 (by /u/acme)"))
                .withHeader("Authorization", equalTo("bearer reddit-token"))
                .willReturn(okJson(fixture("reddit/comments-page-1.json"))
                        .withHeader("x-ratelimit-used", "4").withHeader("x-ratelimit-remaining", "96.0")
                        .withHeader("x-ratelimit-reset", "312")));
        api.stubFor(get(urlPathEqualTo("/r/acmeair/comments")).withQueryParam("after", equalTo("t1_lc3"))
                .willReturn(okJson(fixture("reddit/comments-page-2.json"))));
        RedditPoller poller = new RedditPoller(client, base(), "reddit-token", "server:parley:1.0 (by /u/acme)", "acmeair",
                RedditPoller.Listing.COMMENTS, "acme-air", "acmeair_official", CLOCK);

        Poll poll = poller.poll("t1_lc2");

        assertThat(poll.items()).extracting(RawPost::postId).containsExactly("reddit:t1_lc3", "reddit:t1_lc4");
        assertThat(poll.ignored()).containsExactly("the brand's own post");
        assertThat(poll.nextCursor()).isEqualTo("t1_lc5");
        assertThat(poller.channel()).isEqualTo("reddit-comments:r/acmeair");
        SocialPost reply = new RedditThingFormat().normalise(poll.items().get(1));
        assertThat(reply.kind()).isEqualTo(PostKind.REPLY);
        assertThat(reply.inReplyTo()).isEqualTo("t1_lc3");
        assertThat(reply.conversationId()).isEqualTo("reddit:t3_1h2abc");
        assertThat(reply.author().handle()).isEqualTo("throwaway_flyer");
        assertThat(reply.createdAt()).isEqualTo(Instant.ofEpochSecond(1795429200L));
        assertThat(reply.url()).isEqualTo("https://www.reddit.com/r/acmeair/comments/1h2abc/lost_bag/lc4/");
        assertThat(reply.engagement()).as("Reddit's score").isEqualTo(new Engagement(12, 0, 0));
        assertThat(new RedditThingFormat().normalise(poll.items().get(0)).kind()).isEqualTo(PostKind.COMMENT);
    }

    @Test
    void redditsFirstPollReadsOnlyTheNewestPage() throws IOException {
        api.stubFor(get(urlPathEqualTo("/r/acmeair/comments")).willReturn(okJson(fixture("reddit/comments-page-1.json"))));

        Poll poll = new RedditPoller(client, base(), "t", "ua", "acmeair", RedditPoller.Listing.COMMENTS, "acme-air",
                "acmeair_official", CLOCK).poll(null);

        assertThat(poll.items()).extracting(RawPost::postId).containsExactly("reddit:t1_lc4");
        api.verify(1, getRequestedFor(urlPathEqualTo("/r/acmeair/comments")));
    }

    @Test
    void redditUsernameMentionsComeFromTheBrandsInbox() throws IOException {
        api.stubFor(get(urlPathEqualTo("/message/mentions")).willReturn(okJson(fixture("reddit/mentions.json"))));
        RedditPoller poller = new RedditPoller(client, base(), "t", "ua", null, RedditPoller.Listing.MENTIONS, "acme-air",
                "acmeair_official", CLOCK);

        Poll poll = poller.poll(null);

        assertThat(poller.channel()).isEqualTo("reddit-mentions:u/acmeair_official");
        SocialPost mention = new RedditThingFormat().normalise(poll.items().get(0));
        assertThat(mention.kind()).isEqualTo(PostKind.COMMENT);
        assertThat(mention.conversationId()).isEqualTo("reddit:t3_1h9xyz");
        assertThat(mention.url()).isEqualTo("https://www.reddit.com/r/travel/comments/1h9xyz/airlines_and_strollers/lm7/");
        assertThat(mention.community()).isEqualTo("r/travel");
        assertThat(mention.text()).startsWith("u/acmeair_official lost my stroller");
    }

    @Test
    void youtubeKeepsCommentsFromTheCursorOnAndLeavesOutTheChannelsOwn() throws IOException {
        api.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads"))
                .withQueryParam("allThreadsRelatedToChannelId", equalTo("UCacmeair"))
                .withQueryParam("key", equalTo("yt-key")).withQueryParam("order", equalTo("time"))
                .willReturn(okJson(fixture("youtube/comment-threads.json"))));
        YouTubePoller poller = new YouTubePoller(client, base(), "yt-key", "UCacmeair", "acme-air", CLOCK);

        Poll poll = poller.poll("2026-11-21T00:00:00Z");

        assertThat(poll.items()).extracting(RawPost::postId).containsExactly("youtube:UgzThreadNew");
        assertThat(poll.ignored()).containsExactly("the brand's own comment");
        assertThat(poll.nextCursor()).isEqualTo("2026-11-22T09:30:00Z");
        SocialPost comment = new YouTubeCommentFormat().normalise(poll.items().get(0));
        assertThat(comment.kind()).isEqualTo(PostKind.COMMENT);
        assertThat(comment.conversationId()).isEqualTo("youtube:UgzThreadNew");
        assertThat(comment.author().handle()).isEqualTo("sam_travels");
        assertThat(comment.url()).isEqualTo("https://www.youtube.com/watch?v=vid123&lc=UgzThreadNew");
        assertThat(comment.community()).as("the channel it was posted on").isEqualTo("channel:UCacmeair");
    }

    @Test
    void trustpilotReviewsCarryTheirStarRating() throws IOException {
        api.stubFor(get(urlPathEqualTo("/v1/business-units/46d6a890000064000500e0c3/reviews"))
                .withHeader("apikey", equalTo("tp-key")).withQueryParam("page", equalTo("1"))
                .willReturn(okJson(fixture("trustpilot/reviews.json"))));
        TrustpilotPoller poller = new TrustpilotPoller(client, base(), "tp-key", "46d6a890000064000500e0c3", "acme-air", CLOCK);

        Poll poll = poller.poll("2026-11-22T00:00:00Z");

        assertThat(poll.items()).extracting(RawPost::postId).containsExactly("review:trustpilot-6740a1b2c3d4e5f600000002");
        assertThat(poll.nextCursor()).isEqualTo("2026-11-22T08:15:00Z");
        SocialPost review = new TrustpilotReviewFormat().normalise(poll.items().get(0));
        assertThat(review.kind()).isEqualTo(PostKind.REVIEW);
        assertThat(review.rating()).isEqualTo(1);
        assertThat(review.text()).startsWith("Lost luggage, no answers\n\nThree calls");
        assertThat(review.author().name()).isEqualTo("Maria K.");
        assertThat(review.engagement().likes()).isEqualTo(2);
    }
}
