package dev.parley.triage.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.CloudEventHeaders;
import dev.parley.events.Topic;
import dev.parley.testing.SharedKafka;
import dev.parley.testing.TopicReader;
import dev.parley.testing.TopicWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The triage function on the real broker: posts in, triaged posts out, unreadable records parked. Every post counts
 * as unsure here, so each takes the accurate path unless it waited too long: a minute here, so that a busy test
 * machine cannot make a fresh post late.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.triage.accurate-below-confidence=1.0", "parley.triage.accurate-max-wait=1m"})
class TriageStreamTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedKafka::bootstrapServers);
    }

    @Test
    void aPostIsTriagedUnderItsConversationKey() {
        String id = UUID.randomUUID().toString();
        send("x:" + id, post(id, "My bag is lost and nobody helps. Terrible"));

        List<ConsumerRecord<String, String>> out = TopicReader.read(SharedKafka.bootstrapServers(),
                Topic.POSTS_TRIAGED.topicName(), r -> r.value().contains(id), 1, Duration.ofSeconds(30));

        assertThat(out).hasSize(1);
        assertThat(out.get(0).key()).isEqualTo("x:" + id);
        assertThat(out.get(0).value()).contains("\"label\":\"negative\"", "\"model\":\"default-sentiment@",
                "negative sentiment", "\"intent\":{\"label\":\"complaint\"", "\"topic\":\"lost-luggage\"",
                "\"team\":\"baggage\"", "\"screening\":{\"label\":\"relevant\"",
                "\"language\":{\"tag\":\"en\",\"confidence\":1.0,\"source\":\"platform\"}");
        assertThat(TopicReader.header(out.get(0), CloudEventHeaders.TYPE)).isEqualTo("dev.parley.triaged-post.v1");
        assertThat(TopicReader.header(out.get(0), CloudEventHeaders.SOURCE)).isEqualTo("/parley/triage-service");
    }

    @Test
    void triagedPostsAreWrittenInKafkaTransactionsSoACrashCannotRepeatThem() throws Exception {
        aPostIsTriagedUnderItsConversationKey();

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedKafka.bootstrapServers()))) {
            assertThat(admin.listTransactions().all().get(10, TimeUnit.SECONDS))
                    .extracting(TransactionListing::transactionalId)
                    .anySatisfy(id -> assertThat(id).startsWith("triage-service-"));
        }
    }

    @Test
    void aPostThatWaitedLongerThanTheAccurateMaxWaitKeepsItsFastPathSentiment() {
        String late = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        TopicWriter.send(SharedKafka.bootstrapServers(), Topic.POSTS.topicName(), "x:" + late,
                post(late, "Is the lounge open today"), Instant.now().minus(Duration.ofMinutes(5)).toEpochMilli());
        send("x:" + fresh, post(fresh, "Is the lounge open today"));

        List<ConsumerRecord<String, String>> out = TopicReader.read(SharedKafka.bootstrapServers(),
                Topic.POSTS_TRIAGED.topicName(), r -> r.value().contains(late) || r.value().contains(fresh), 2,
                Duration.ofSeconds(60));

        assertThat(out).hasSize(2);
        assertThat(out).filteredOn(r -> r.value().contains(late)).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"model\":\"default-sentiment@")
                        .doesNotContain("+accurate"));
        assertThat(out).filteredOn(r -> r.value().contains(fresh)).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("+accurate\""));
    }

    @Test
    void anUnreadableRecordIsParkedOnTheDeadLetterTopicWithTheReason() {
        String marker = "not-a-post-" + UUID.randomUUID();
        send("k", "{\"postId\": \"" + marker + "\", \"platform\": \"myspace\"");

        List<ConsumerRecord<String, String>> parked = TopicReader.read(SharedKafka.bootstrapServers(),
                Topic.POSTS.deadLetterTopicName().orElseThrow(), r -> r.value().contains(marker), 1,
                Duration.ofSeconds(60));

        assertThat(parked).hasSize(1);
        assertThat(TopicReader.header(parked.get(0), "x-exception-message")).isNotBlank();
        assertThat(TopicReader.header(parked.get(0), "x-original-topic")).isEqualTo(Topic.POSTS.topicName());
        assertThat(TopicReader.read(SharedKafka.bootstrapServers(), Topic.POSTS_TRIAGED.topicName(),
                r -> r.value().contains(marker), 1, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void agentsCorrectionsFromTheFeedbackTopicShowInTheDriftReport() throws Exception {
        String post = "x:" + UUID.randomUUID();
        TopicWriter.send(SharedKafka.bootstrapServers(), Topic.TRIAGE_FEEDBACK.topicName(), post + "|intent", """
                {"postId":"%s","brand":"acme-air","text":"where is my bag","field":"intent","modelValue":"complaint",
                 "agentValue":"question","model":"rules","agent":"agent-7","correctedAt":"%s"}"""
                .formatted(post, Instant.now()));
        TopicWriter.send(SharedKafka.bootstrapServers(), Topic.TRIAGE_FEEDBACK.topicName(), "bad|intent",
                "{\"postId\":\"" + post + "-bad\",\"field\":\"intent\"}");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> drift = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/triage/drift?field=intent&days=1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(drift.statusCode()).isEqualTo(200);
            assertThat(drift.body()).contains("\"field\":\"intent\"", "\"modelValue\":\"complaint\"",
                    "\"agentsSaid\":{\"question\":");
        });
        List<ConsumerRecord<String, String>> parked = TopicReader.read(SharedKafka.bootstrapServers(),
                Topic.TRIAGE_FEEDBACK.deadLetterTopicName().orElseThrow(), r -> r.value().contains(post + "-bad"), 1,
                Duration.ofSeconds(60));
        // In a transactional binding the message names the rollback; the cause is in the stack trace.
        assertThat(TopicReader.header(parked.get(0), "x-exception-stacktrace")).contains("not a triage correction", "a triage correction needs");
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/triage/drift?field=mood")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(400);
    }

    private static String post(String id, String text) {
        return """
                {"postId":"x:%1$s","brand":"acme-air","platform":"x","externalId":"%1$s","kind":"public_mention",
                 "author":{"id":"9","handle":"sam","name":null,"followers":50,"verified":false},
                 "text":"%2$s","language":"en",
                 "createdAt":"2026-11-22T10:00:00Z","receivedAt":"2026-11-22T10:00:01Z","inReplyTo":null,
                 "conversationId":"x:%1$s","url":null}""".formatted(id, text);
    }

    private static void send(String key, String value) {
        TopicWriter.send(SharedKafka.bootstrapServers(), Topic.POSTS.topicName(), key, value);
    }
}
