package dev.parley.ingestion.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.parley.events.Topic;
import dev.parley.ingestion.channels.ChannelHealth;
import dev.parley.ingestion.channels.ChannelState;
import dev.parley.ingestion.channels.ChannelStatus;
import dev.parley.ingestion.platform.PlatformClient;
import dev.parley.ingestion.platform.PlatformLimits;
import dev.parley.ingestion.reddit.RedditPoller;
import dev.parley.testing.SharedKafka;
import dev.parley.testing.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/** Pollers on the real broker: items and cursor stored together, a restart resumes from the stored cursor. */
class PollingRunnerTest {
    @RegisterExtension
    static WireMockExtension reddit = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final String subreddit = "acme" + UUID.randomUUID().toString().substring(0, 8);
    private final long firstId = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
    private final ChannelHealth health = new ChannelHealth(6, 0.1);

    private PollingRunner runner() {
        PlatformClient client = new PlatformClient("Reddit", HttpClient.newHttpClient(),
                PlatformLimits.reddit().withRetries(1, Duration.ofMillis(1), Duration.ofSeconds(1)), Clock.systemUTC());
        RedditPoller poller = new RedditPoller(client, URI.create(reddit.baseUrl()), "token", "parley-test", subreddit,
                RedditPoller.Listing.COMMENTS, "acme-air", "acmeair_official", Clock.systemUTC());
        return new PollingRunner(List.of(poller), Duration.ofHours(1),
                new KafkaClients(SharedKafka.bootstrapServersWithCatalogTopics(), JsonMapper.builder().build(), "ingestion-service"),
                health, Clock.systemUTC());
    }

    /** A Reddit comment listing, newest first, of the comments with these id offsets. */
    private String listing(int... offsets) {
        return "{\"kind\":\"Listing\",\"data\":{\"after\":null,\"children\":[" + Arrays.stream(offsets).mapToObj(o -> {
            String id = Long.toString(firstId + o, 36);
            return """
                    {"kind":"t1","data":{"id":"%s","name":"t1_%s","author":"customer%d","body":"comment %d in %s",
                     "created_utc":1795429200.0,"link_id":"t3_abc","parent_id":"t3_abc","permalink":"/r/%s/comments/abc/x/%s/"}}"""
                    .formatted(id, id, o, o, subreddit, subreddit, id);
        }).collect(Collectors.joining(",")) + "]}}";
    }

    private List<String> rawIdsOfThisSubreddit(int expected, Duration timeout) {
        return TopicReader.read(SharedKafka.bootstrapServersWithCatalogTopics(), Topic.POSTS_RAW.topicName(),
                r -> r.value().contains(" in " + subreddit), expected, timeout).stream()
                .map(ConsumerRecord::key).toList();
    }

    private String id(int offset) {
        return "reddit:t1_" + Long.toString(firstId + offset, 36);
    }

    @Test
    void aRestartedPollerResumesFromTheStoredCursorWithNothingRepeatedOrLost() {
        reddit.stubFor(get(urlPathEqualTo("/r/" + subreddit + "/comments")).willReturn(okJson(listing(2, 1))));
        PollingRunner first = runner();
        first.start();
        assertThat(rawIdsOfThisSubreddit(2, Duration.ofSeconds(20))).containsExactlyInAnyOrder(id(1), id(2));
        first.stop();

        reddit.stubFor(get(urlPathEqualTo("/r/" + subreddit + "/comments")).willReturn(okJson(listing(4, 3, 2, 1))));
        PollingRunner second = runner();
        second.start();

        assertThat(rawIdsOfThisSubreddit(4, Duration.ofSeconds(20))).contains(id(3), id(4));
        assertThat(rawIdsOfThisSubreddit(5, Duration.ofSeconds(3)))
                .as("the second poll starts after the stored cursor: nothing read twice")
                .containsExactlyInAnyOrder(id(1), id(2), id(3), id(4));
        second.stop();
        ChannelStatus status = health.statuses(Instant.now()).get(0);
        assertThat(status.channel()).isEqualTo("reddit-comments:r/" + subreddit);
        assertThat(status.state()).isEqualTo(ChannelState.OK);
        assertThat(status.lastEventAt()).isNotNull();
    }

    @Test
    void aFailingPlatformIsReportedWithItsReasonAndStoresNothing() throws Exception {
        reddit.stubFor(get(urlPathEqualTo("/r/" + subreddit + "/comments")).willReturn(aResponse().withStatus(403)
                .withBody("{\"message\": \"Forbidden\", \"error\": 403}")));
        PollingRunner runner = runner();
        runner.start();

        Thread.sleep(2000);
        runner.stop();

        ChannelStatus status = health.statuses(Instant.now()).get(0);
        assertThat(status.state()).isEqualTo(ChannelState.FAILING);
        assertThat(status.lastError()).isEqualTo("Reddit answered 403: {\"message\": \"Forbidden\", \"error\": 403}");
        assertThat(TopicReader.read(SharedKafka.bootstrapServersWithCatalogTopics(), Topic.INGESTION_CURSORS.topicName(),
                r -> r.key().endsWith(subreddit), 1, Duration.ofSeconds(2))).isEmpty();
    }
}
