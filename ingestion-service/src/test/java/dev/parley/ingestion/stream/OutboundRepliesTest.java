package dev.parley.ingestion.stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.parley.events.CloudEventHeaders;
import dev.parley.events.Platform;
import dev.parley.events.ReplyRequested;
import dev.parley.events.Topic;
import dev.parley.ingestion.outbound.BrandCredentials;
import dev.parley.ingestion.outbound.ReplyConventions;
import dev.parley.ingestion.outbound.ReplySender;
import dev.parley.ingestion.outbound.SendRecord;
import dev.parley.ingestion.platform.PlatformClient;
import dev.parley.ingestion.threading.ThreadLink;
import dev.parley.ingestion.platform.PlatformLimits;
import dev.parley.ingestion.x.XReplies;
import dev.parley.testing.SharedKafka;
import dev.parley.testing.TopicReader;
import dev.parley.testing.TopicWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/** Replies from {@code parley.replies.outbound} to a fake X and back as statuses, on the real broker. */
class OutboundRepliesTest {
    @RegisterExtension
    static WireMockExtension x = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String bootstrap = SharedKafka.bootstrapServersWithCatalogTopics();
    private final KafkaClients kafka = new KafkaClients(bootstrap, JSON, "ingestion-service");
    private OutboundReplies outbound;

    @BeforeEach
    void start() {
        PlatformClient client = new PlatformClient("X", HttpClient.newHttpClient(),
                PlatformLimits.x().withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(2)), Clock.systemUTC());
        XReplies replies = new XReplies(client, URI.create(x.baseUrl()),
                new BrandCredentials("X", "x-user-token", Map.of("acme-air", "user-token")));
        outbound = new OutboundReplies(new ReplySender(Map.of(Platform.X, replies), new ReplyConventions(),
                Duration.ofHours(24), Clock.systemUTC()),
                kafka, Clock.systemUTC());
        outbound.start();
    }

    @AfterEach
    void stop() {
        outbound.stop();
    }

    private ReplyRequested request(String replyId, String text) {
        return new ReplyRequested(replyId, "case-" + replyId, "x:100", "acme-air", Platform.X, "100", false, text, "agent-7",
                "chk-1", Instant.now(), "jane_flies", Instant.now());
    }

    private void requestReply(ReplyRequested reply) {
        TopicWriter.send(bootstrap, Topic.REPLIES_OUTBOUND.topicName(), reply.conversationId(), JSON.writeValueAsString(reply));
    }

    private List<ConsumerRecord<String, String>> statuses(String replyId, int expected, Duration timeout) {
        return TopicReader.read(bootstrap, Topic.REPLIES_STATUS.topicName(), r -> r.value().contains(replyId), expected, timeout);
    }

    @Test
    void aReplyIsPostedOnceEvenWhenItsRequestIsDeliveredAgain() {
        String replyId = UUID.randomUUID().toString();
        x.stubFor(post(urlEqualTo("/2/tweets")).withRequestBody(containing(replyId))
                .willReturn(okJson("{\"data\":{\"id\":\"1862070000000000001\",\"text\":\"ok\"}}").withStatus(201)));

        requestReply(request(replyId, "On it! " + replyId));
        List<ConsumerRecord<String, String>> sent = statuses(replyId, 1, Duration.ofSeconds(30));
        requestReply(request(replyId, "On it! " + replyId));

        assertThat(sent).singleElement().satisfies(status -> {
            assertThat(status.key()).isEqualTo("x:100");
            assertThat(status.value()).contains("\"outcome\":\"sent\"", "\"externalId\":\"1862070000000000001\"");
            assertThat(TopicReader.header(status, CloudEventHeaders.TYPE)).isEqualTo("dev.parley.reply-status.v1");
        });
        assertThat(statuses(replyId, 2, Duration.ofSeconds(4))).hasSize(1);
        x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(containing(replyId)));
        assertThat(TopicReader.read(bootstrap, Topic.REPLIES_SENDS.topicName(), r -> r.key().equals(replyId), 2,
                Duration.ofSeconds(5))).extracting(r -> JSON.readValue(r.value(), SendRecord.class).state())
                .containsExactly(SendRecord.SendState.SENDING, SendRecord.SendState.SENT);
        assertThat(TopicReader.read(bootstrap, Topic.INGESTION_THREADS.topicName(), r -> r.value().contains("x:1862070000000000001"), 1, Duration.ofSeconds(5))).singleElement()
                .satisfies(link -> assertThat(JSON.readValue(link.value(), ThreadLink.class))
                        .isEqualTo(new ThreadLink("acme-air", Platform.X, "x:1862070000000000001", "x:100", null)));
    }

    @Test
    void aReplyWhoseEarlierAttemptWasInterruptedIsReportedNotPostedAgain() {
        String replyId = UUID.randomUUID().toString();
        TopicWriter.send(bootstrap, Topic.REPLIES_SENDS.topicName(), replyId, JSON.writeValueAsString(
                new SendRecord(replyId, SendRecord.SendState.SENDING, null, null, Instant.now())));
        outbound.stop();
        start();

        requestReply(request(replyId, "On it! " + replyId));

        assertThat(statuses(replyId, 1, Duration.ofSeconds(30))).singleElement()
                .satisfies(status -> assertThat(status.value()).contains("\"outcome\":\"failed\"",
                        "check whether the reply was posted before sending it again"));
        x.verify(0, postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(containing(replyId)));
    }

    @Test
    void aRateLimitedSendWaitsForTheResetAndIsPostedOnce() {
        String replyId = UUID.randomUUID().toString();
        x.stubFor(post(urlEqualTo("/2/tweets")).withRequestBody(containing(replyId)).inScenario(replyId)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("x-rate-limit-limit", "100")
                        .withHeader("x-rate-limit-remaining", "0")
                        .withHeader("x-rate-limit-reset", Long.toString(Instant.now().getEpochSecond() + 1))
                        .withBody("{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}"))
                .willSetStateTo("reset"));
        x.stubFor(post(urlEqualTo("/2/tweets")).withRequestBody(containing(replyId)).inScenario(replyId)
                .whenScenarioStateIs("reset")
                .willReturn(okJson("{\"data\":{\"id\":\"1862070000000000002\",\"text\":\"ok\"}}").withStatus(201)));

        requestReply(request(replyId, "On it! " + replyId));

        assertThat(statuses(replyId, 1, Duration.ofSeconds(30))).singleElement()
                .satisfies(status -> assertThat(status.value()).contains("\"outcome\":\"sent\"", "1862070000000000002"));
        x.verify(2, postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(containing(replyId)));
    }

    @Test
    void aRecordThatIsNotAReplyIsParkedWithTheReason() {
        String marker = UUID.randomUUID().toString();
        TopicWriter.send(bootstrap, Topic.REPLIES_OUTBOUND.topicName(), "x:1", "{\"replyId\": \"" + marker + "\", \"platform\": \"myspace\"}");
        TopicWriter.send(bootstrap, Topic.REPLIES_OUTBOUND.topicName(), "x:1", "{\"replyId\": \"" + marker + "-2\", \"platform\": \"x\", \"privateChannel\": false}");

        assertThat(TopicReader.read(bootstrap, Topic.REPLIES_OUTBOUND.deadLetterTopicName().orElseThrow(),
                r -> r.value().contains(marker), 2, Duration.ofSeconds(30)))
                .extracting(parked -> TopicReader.header(parked, "x-exception-message")).hasSize(2)
                .allSatisfy(reason -> assertThat(reason).startsWith("not a ReplyRequested"))
                .anySatisfy(reason -> assertThat(reason).isEqualTo("not a ReplyRequested: missing conversationId, brand, inReplyTo, text"));
    }
}
