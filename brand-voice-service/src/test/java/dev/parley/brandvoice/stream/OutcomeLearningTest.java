package dev.parley.brandvoice.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Author;
import dev.parley.events.CaseEvent;
import dev.parley.events.CaseEventType;
import dev.parley.events.CaseStatus;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.Priority;
import dev.parley.events.ReplyRequested;
import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.SocialPost;
import dev.parley.events.Topic;
import dev.parley.events.TriagedPost;
import dev.parley.testing.SharedKafka;
import dev.parley.testing.SharedPostgres;
import dev.parley.testing.TopicReader;
import dev.parley.testing.TopicWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replies sent, cases' outcomes and customers' next posts arrive on their topics (real broker); the effectiveness
 * report tells which preferred phrases went with resolved cases, calm customers and better CSAT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "parley.brand-voice.security.api-keys[0].name=reports",
        // printf %s reader-machine-key | sha256sum
        "parley.brand-voice.security.api-keys[0].key-sha256=6dace79f5aae30f02ec8a4daa461be817d5c113b70ec7dfd22116c49942c1634",
        "parley.brand-voice.security.api-keys[0].roles=reader"})
class OutcomeLearningTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PER_GROUP = 40;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", SharedKafka::bootstrapServersWithCatalogTopics);
        registry.add("spring.datasource.url", () -> SharedPostgres.jdbcUrl("brand_voice_outcomes"));
        registry.add("spring.datasource.username", SharedPostgres::user);
        registry.add("spring.datasource.password", SharedPostgres::user);
    }

    @Test
    void repliesThatUsedAPhraseAreComparedWithTheRestOnWhatFollowed() throws Exception {
        String brand = "hooli-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().minusSeconds(3600);
        for (int i = 0; i < PER_GROUP; i++) {
            // Replies that say "happy to help": resolved, CSAT 5, the customer answers calmly.
            conversation(brand, start.plusSeconds(i), "Happy to help! Your bag is on its way.", true, 5,
                    SentimentLabel.POSITIVE);
            // Replies that do not: reopened, CSAT 2, the customer stays negative.
            conversation(brand, start.plusSeconds(i), "Your bag is on its way.", false, 2, SentimentLabel.NEGATIVE);
        }

        JsonNode report = awaitReport(brand, 2 * PER_GROUP);

        assertThat(report.get("baseline").get("replies").asLong()).isEqualTo(2 * PER_GROUP);
        JsonNode phrase = report.get("phrases").get(0);
        assertThat(phrase.get("name").asString()).isEqualTo("happy to help");
        assertThat(phrase.get("replies").asLong()).isEqualTo(PER_GROUP);
        assertThat(phrase.get("meanCsat").asDouble()).isEqualTo(5.0);
        assertThat(phrase.get("resolvedShare").asDouble()).isEqualTo(1.0);
        assertThat(phrase.get("resolvedVsOthers").get("without").asDouble()).isEqualTo(0.0);
        assertThat(phrase.get("resolvedVsOthers").get("significant").asBoolean()).isTrue();
        assertThat(phrase.get("calmVsOthers").get("difference").asDouble()).isEqualTo(1.0);
        JsonNode warm = report.get("attributes").get(0);
        assertThat(warm.get("name").asString()).isEqualTo("warm");
        assertThat(warm.get("calmShare").asDouble()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @EnumSource(value = Topic.class, names = {"POSTS_TRIAGED", "CASES"})
    void aRecordThatCannotBeReadIsParkedWithTheReason(Topic topic) {
        String marker = "unreadable-" + UUID.randomUUID();
        TopicWriter.send(SharedKafka.bootstrapServers(), topic.topicName(), "k",
                "{\"post\":{\"postId\":\"" + marker + "\"}");

        List<ConsumerRecord<String, String>> parked = TopicReader.read(SharedKafka.bootstrapServers(),
                topic.deadLetterTopicName().orElseThrow(), r -> r.value().contains(marker), 1,
                Duration.ofSeconds(30));

        assertThat(parked).hasSize(1);
        assertThat(TopicReader.header(parked.get(0), "x-exception-message")).isNotBlank();
        assertThat(TopicReader.header(parked.get(0), "x-original-topic")).isEqualTo(topic.topicName());
    }

    private static void conversation(String brand, Instant at, String reply, boolean resolved, int csat,
            SentimentLabel customerAfter) {
        String conversation = "x:" + UUID.randomUUID();
        String caseId = UUID.randomUUID().toString();
        String bootstrap = SharedKafka.bootstrapServers();
        send(bootstrap, Topic.REPLIES_OUTBOUND, conversation, new ReplyRequested(UUID.randomUUID().toString(), caseId,
                conversation, brand, Platform.X, "1", false, reply, "ana", "chk", at, "jo", at.minusSeconds(60)));
        send(bootstrap, Topic.POSTS_TRIAGED, conversation, new TriagedPost(new SocialPost("x:" + UUID.randomUUID(),
                brand, Platform.X, "2", PostKind.REPLY, new Author("c1", "jo", null, 1, false), "ok", "en",
                at.plusSeconds(30), at.plusSeconds(31), "1", conversation, null),
                new Sentiment(customerAfter, 0, 0.9), new Priority(10, List.of()), "m", at.plusSeconds(32), null, null,
                null, null, null, null, null));
        send(bootstrap, Topic.CASES, conversation, caseEvent(caseId, conversation, brand, CaseStatus.RESOLVED, null,
                at.plusSeconds(40)));
        send(bootstrap, Topic.CASES, conversation, caseEvent(caseId, conversation, brand, CaseStatus.RESOLVED, csat,
                at.plusSeconds(50)));
        if (!resolved) {
            send(bootstrap, Topic.CASES, conversation, caseEvent(caseId, conversation, brand, CaseStatus.OPEN, null,
                    at.plusSeconds(60)));
        }
    }

    private static CaseEvent caseEvent(String caseId, String conversation, String brand, CaseStatus status,
            Integer csat, Instant at) {
        return new CaseEvent(UUID.randomUUID().toString(),
                csat == null ? CaseEventType.STATUS_CHANGED : CaseEventType.CSAT_ANSWERED, caseId, conversation, brand,
                Platform.X, status, 10, null, null, null, at, null, null, csat, null, "public", at, "ana", null, null);
    }

    private static void send(String bootstrap, Topic topic, String key, Record event) {
        TopicWriter.send(bootstrap, topic.topicName(), key, JSON.writeValueAsString(event));
    }

    private JsonNode awaitReport(String brand, int replies) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode report = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/v1/phrases/effectiveness?brand=" + brand + "&since=2000-01-01T00:00:00Z"))
                    .header("X-Api-Key", "reader-machine-key").build(),
                    HttpResponse.BodyHandlers.ofString());
            report = JSON.readTree(response.body());
            if (response.statusCode() == 200 && report.get("baseline").get("replies").asLong() == replies
                    && report.get("baseline").get("csatAnswers").asLong() == replies
                    && report.get("phrases").size() > 0
                    && report.get("baseline").get("calmShare") != null
                    && !report.get("baseline").get("calmShare").isNull()
                    && report.get("phrases").get(0).get("resolvedShare").asDouble() == 1.0) {
                return report;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the effectiveness report never caught up: " + report);
    }
}
