package dev.parley.ingestion.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.parley.ingestion.outbound.ReplyConventionsTest.NOW;
import static dev.parley.ingestion.outbound.ReplyConventionsTest.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.parley.events.Platform;
import dev.parley.events.ReplyRequested;
import dev.parley.ingestion.meta.MetaReplies;
import dev.parley.ingestion.platform.PlatformCallException;
import dev.parley.ingestion.platform.PlatformClient;
import dev.parley.ingestion.platform.PlatformLimits;
import dev.parley.ingestion.reddit.RedditReplies;
import dev.parley.ingestion.reviews.TrustpilotReplies;
import dev.parley.ingestion.x.XReplies;
import dev.parley.ingestion.youtube.YouTubeReplies;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each platform's reply call, against a fake that checks the documented request and answers as the API does. */
class PlatformRepliesTest {
    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final PlatformClient client = new PlatformClient("fake", HttpClient.newHttpClient(),
            PlatformLimits.x().withRetries(1, Duration.ofMillis(1), Duration.ofSeconds(1)), Clock.systemUTC());

    private static BrandCredentials token(String value) {
        return new BrandCredentials("Fake", "parley.ingestion.outbound.brands.<brand>.token", Map.of("acme-air", value));
    }

    private URI base() {
        return URI.create(api.baseUrl());
    }

    @Test
    void xPublicReplyIsAPostInReplyToTheCustomersPost() {
        api.stubFor(post(urlEqualTo("/2/tweets")).withHeader("Authorization", equalTo("Bearer user-token"))
                .withRequestBody(equalToJson("{\"text\":\"@jane_flies On it!\",\"reply\":{\"in_reply_to_tweet_id\":\"100\"}}"))
                .willReturn(okJson("{\"data\":{\"id\":\"1862070000000000001\",\"edit_history_tweet_ids\":[\"1862070000000000001\"],"
                        + "\"text\":\"@jane_flies On it!\"}}").withStatus(201)));

        assertThat(new XReplies(client, base(), token("user-token")).publish(reply(Platform.X, false, "On it!", NOW),
                "@jane_flies On it!")).isEqualTo("1862070000000000001");
    }

    @Test
    void xPrivateReplyIsADirectMessageToTheCustomer() {
        api.stubFor(post(urlEqualTo("/2/dm_conversations/with/777/messages"))
                .withRequestBody(equalToJson("{\"text\":\"Could you share your booking reference?\"}"))
                .willReturn(okJson("{\"data\":{\"dm_conversation_id\":\"777-2244994945\",\"dm_event_id\":\"1862070000000000009\"}}")
                        .withStatus(201)));

        assertThat(new XReplies(client, base(), token("user-token")).publish(reply(Platform.X, true, "x", NOW),
                "Could you share your booking reference?")).isEqualTo("1862070000000000009");
    }

    @Test
    void aBrandWithoutCredentialsIsToldWhichSettingToAdd() {
        ReplyRequested otherBrand = new ReplyRequested("r1", "c1", "x:1", "globex", Platform.X, "1", false, "hi", "a", "k",
                NOW, null, null);

        assertThatThrownBy(() -> new XReplies(client, base(), token("t")).publish(otherBrand, "hi"))
                .isInstanceOf(PlatformCallException.class)
                .hasMessage("no Fake credentials for brand globex: set parley.ingestion.outbound.brands.globex.token");
    }

    @Test
    void metaAnswersCommentsOnTheCommentAndMessagesThroughTheSendApi() {
        api.stubFor(post(urlEqualTo("/v21.0/100/comments")).withHeader("Authorization", equalTo("Bearer page-token"))
                .withRequestBody(equalToJson("{\"message\":\"Sorry Jane!\"}"))
                .willReturn(okJson("{\"id\":\"104928371122_99\"}")));
        api.stubFor(post(urlEqualTo("/v21.0/100/replies")).willReturn(okJson("{\"id\":\"17890000000000002\"}")));
        api.stubFor(post(urlEqualTo("/v21.0/me/messages"))
                .withRequestBody(equalToJson("{\"recipient\":{\"id\":\"777\"},\"messaging_type\":\"RESPONSE\","
                        + "\"message\":{\"text\":\"Hi Jane\"}}"))
                .willReturn(okJson("{\"recipient_id\":\"777\",\"message_id\":\"m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P\"}")));
        MetaReplies meta = new MetaReplies(client, URI.create(api.baseUrl() + "/v21.0/"), token("page-token"));

        assertThat(meta.publish(reply(Platform.FACEBOOK, false, "x", NOW), "Sorry Jane!")).isEqualTo("104928371122_99");
        assertThat(meta.publish(reply(Platform.INSTAGRAM, false, "x", NOW), "@jane_flies Sorry!")).isEqualTo("17890000000000002");
        assertThat(meta.publish(reply(Platform.FACEBOOK, true, "x", NOW), "Hi Jane")).startsWith("m_AG5H");
    }

    @Test
    void redditReportsRefusalsInsideA200AndTheyAreFailures() {
        api.stubFor(post(urlEqualTo("/api/comment")).withRequestBody(containing("thing_id=t1_lc4"))
                .withRequestBody(containing("text=Sorry+to+hear+that"))
                .willReturn(okJson("{\"json\":{\"errors\":[[\"RATELIMIT\",\"Looks like you've been doing that a lot."
                        + " Take a break for 4 minutes before trying again.\",\"ratelimit\"]]}}")));
        ReplyRequested reply = new ReplyRequested("r1", "c1", "reddit:t3_1h2abc", "acme-air", Platform.REDDIT, "t1_lc4",
                false, "x", "a", "k", NOW, null, null);

        assertThatThrownBy(() -> new RedditReplies(client, base(), "ua", token("t")).publish(reply, "Sorry to hear that"))
                .isInstanceOf(PlatformCallException.class).hasMessageContaining("RATELIMIT");
    }

    @Test
    void redditReplyReturnsTheNewCommentsFullname() {
        api.stubFor(post(urlEqualTo("/api/comment")).withHeader("User-Agent", equalTo("ua"))
                .willReturn(okJson("{\"json\":{\"errors\":[],\"data\":{\"things\":[{\"kind\":\"t1\",\"data\":"
                        + "{\"id\":\"lc9\",\"name\":\"t1_lc9\",\"body\":\"Sorry\"}}]}}}")));
        ReplyRequested reply = new ReplyRequested("r1", "c1", "reddit:t3_1h2abc", "acme-air", Platform.REDDIT, "t1_lc4",
                false, "x", "a", "k", NOW, null, null);

        assertThat(new RedditReplies(client, base(), "ua", token("t")).publish(reply, "Sorry")).isEqualTo("t1_lc9");
    }

    @Test
    void trustpilotRepliesAnswerTheReviewSignedByTheBusinessUser() {
        api.stubFor(post(urlEqualTo("/v1/private/reviews/6740a1b2c3d4e5f600000002/reply"))
                .withHeader("Authorization", equalTo("Bearer tp-token"))
                .withRequestBody(equalToJson("{\"authorBusinessUserId\":\"bu-42\",\"message\":\"Sorry, Maria\"}"))
                .willReturn(aResponse().withStatus(201)));
        ReplyRequested reply = new ReplyRequested("r1", "c1", "review:trustpilot-6740a1b2c3d4e5f600000002", "acme-air",
                Platform.REVIEW, "trustpilot-6740a1b2c3d4e5f600000002", false, "x", "a", "k", NOW, null, null);

        assertThat(new TrustpilotReplies(client, base(), token("tp-token"), Map.of("acme-air", "bu-42"))
                .publish(reply, "Sorry, Maria")).isEqualTo("trustpilot-reply-6740a1b2c3d4e5f600000002");
        assertThatThrownBy(() -> new TrustpilotReplies(client, base(), token("tp-token"), Map.of()).publish(reply, "hi"))
                .hasMessageContaining("trustpilot-business-user-id");
    }

    @Test
    void youtubeRepliesGoUnderTheThreadsTopLevelComment() {
        api.stubFor(post(urlEqualTo("/youtube/v3/comments?part=snippet"))
                .withRequestBody(equalToJson("{\"snippet\":{\"parentId\":\"UgzThreadNew\",\"textOriginal\":\"Hi Sam\"}}"))
                .willReturn(okJson("{\"kind\":\"youtube#comment\",\"id\":\"UgzThreadNew.reply2\"}")));
        ReplyRequested reply = new ReplyRequested("r1", "c1", "youtube:UgzThreadNew", "acme-air", Platform.YOUTUBE,
                "UgzThreadNew.reply1", false, "x", "a", "k", NOW, null, null);

        assertThat(new YouTubeReplies(client, base(), token("t")).publish(reply, "Hi Sam")).isEqualTo("UgzThreadNew.reply2");
        api.verify(1, postRequestedFor(urlEqualTo("/youtube/v3/comments?part=snippet")));
    }
}
