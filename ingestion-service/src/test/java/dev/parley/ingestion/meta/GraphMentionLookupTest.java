package dev.parley.ingestion.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.parley.ingestion.outbound.BrandCredentials;
import dev.parley.ingestion.platform.PlatformCallException;
import dev.parley.ingestion.platform.PlatformClient;
import dev.parley.ingestion.platform.PlatformLimits;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The mention lookup against a fake Graph API answering in its documented form. */
class GraphMentionLookupTest {
    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private GraphMentionLookup lookup() {
        return new GraphMentionLookup(new PlatformClient("Meta", HttpClient.newHttpClient(),
                PlatformLimits.meta().withRetries(2, Duration.ofMillis(5), Duration.ofSeconds(1)), Clock.systemUTC()),
                URI.create(graph.baseUrl() + "/v21.0/"),
                new BrandCredentials("Meta", "meta-page-token", Map.of("acme-air", "page-token")));
    }

    @Test
    void readsACommentMentionThroughTheAccountsMentionedCommentField() {
        graph.stubFor(get(urlPathEqualTo("/v21.0/17841400000000001"))
                .withQueryParam("fields", equalTo("mentioned_comment.comment_id(17900000000000002){id,text,timestamp,username,like_count}"))
                .withHeader("Authorization", equalTo("Bearer page-token"))
                .willReturn(okJson("{\"mentioned_comment\":{\"id\":\"17900000000000002\",\"text\":\"@acmeair my bag went to Oslo\","
                        + "\"timestamp\":\"2026-11-22T10:36:40+0000\",\"username\":\"jo.wanders\",\"like_count\":3},"
                        + "\"id\":\"17841400000000001\"}")));

        assertThat(lookup().lookup("17841400000000001", "acme-air", "18000000000000002", "17900000000000002"))
                .hasValueSatisfying(comment -> assertThat(comment).containsEntry("username", "jo.wanders"));
    }

    @Test
    void aMentionThatCannotBeReadIsEmptyButAnOutageIsRaisedForARetry() {
        graph.stubFor(get(urlPathEqualTo("/v21.0/17841400000000001"))
                .withQueryParam("fields", equalTo("mentioned_media.media_id(1){id,caption,timestamp,username,permalink,media_type}"))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"message\":\"Invalid media id\","
                        + "\"type\":\"OAuthException\",\"code\":100,\"fbtrace_id\":\"AbCd\"}}")));
        graph.stubFor(get(urlPathEqualTo("/v21.0/17841400000000001"))
                .withQueryParam("fields", equalTo("mentioned_media.media_id(2){id,caption,timestamp,username,permalink,media_type}"))
                .willReturn(aResponse().withStatus(503)));

        assertThat(lookup().lookup("17841400000000001", "acme-air", "1", null)).isEmpty();
        assertThatThrownBy(() -> lookup().lookup("17841400000000001", "acme-air", "2", null))
                .isInstanceOf(PlatformCallException.class).hasMessageContaining("answered 503");
    }
}
