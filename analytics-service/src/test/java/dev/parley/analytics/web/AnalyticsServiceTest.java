package dev.parley.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.analytics.schedule.ScheduledReports;
import dev.parley.events.Author;
import dev.parley.events.CaseEvent;
import dev.parley.events.CaseEventType;
import dev.parley.events.CaseStatus;
import dev.parley.events.CloudEventHeaders;
import dev.parley.events.Platform;
import dev.parley.events.PostKind;
import dev.parley.events.Priority;
import dev.parley.events.Screening;
import dev.parley.events.ScreeningLabel;
import dev.parley.events.Sentiment;
import dev.parley.events.SentimentLabel;
import dev.parley.events.SocialPost;
import dev.parley.events.Topic;
import dev.parley.events.TopicMatch;
import dev.parley.events.TriagedPost;
import dev.parley.support.messaging.DeadLetters;
import dev.parley.testing.SharedKafka;
import dev.parley.testing.TopicReader;
import dev.parley.testing.TopicWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analytics service on the real broker: a planted spike raises exactly one alert, a planted trend produces its
 * recommendation; the KPIs answer over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "parley.analytics.security.api-keys[0].name=bi-export",
        // printf %s analyst-machine-key | sha256sum
        "parley.analytics.security.api-keys[0].key-sha256=7aeb905cad01e6dfba5583324cce109873b49db5bd6d0bb05baa5a82ad8f7f4a",
        "parley.analytics.security.api-keys[0].roles=analyst"})
class AnalyticsServiceTest {
    private static final String ANALYST_KEY = "analyst-machine-key";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String APPLICATION_ID = "analytics-test-" + UUID.randomUUID();
    private static final String REPORTED_BRAND = "reported-" + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    ScheduledReports scheduledReports;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
        registry.add("spring.kafka.bootstrap-servers", SharedKafka::bootstrapServersWithCatalogTopics);
        registry.add("spring.kafka.streams.application-id", () -> APPLICATION_ID);
        // Kept for the test to count what crossed the repartition (Kafka Streams deletes what it has read).
        registry.add("spring.kafka.streams.properties.repartition.purge.interval.ms", () -> Long.MAX_VALUE);
        String stateDir = Files.createTempDirectory("analytics-test").toString();
        registry.add("spring.kafka.streams.state-dir", () -> stateDir);
        registry.add("parley.analytics.reports.publish", () -> "true");
        registry.add("parley.analytics.reports.brands", () -> REPORTED_BRAND);
    }

    @Test
    void aPlantedSpikeRaisesExactlyOneAlertAndTheKpisAddUp() throws Exception {
        String brand = "spiky-" + UUID.randomUUID().toString().substring(0, 8);
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        for (int h = 5; h >= 1; h--) {
            send(brand, hour.minus(Duration.ofHours(h)).plusSeconds(10), 2, Screening.RELEVANT);
        }
        // The baseline hours are in before the spike arrives, as they would be in real time (posts of five hours
        // sent within a millisecond could otherwise overtake each other across partitions).
        String since = hour.minus(Duration.ofHours(6)).toString();
        assertThat(total("post_volume", brand, since, 10)).isEqualTo(10);
        send(brand, hour.plusSeconds(1), 30, new Screening(ScreeningLabel.SPAM, "giveaway"));
        send(brand, hour.plusSeconds(2), 40, Screening.RELEVANT);

        assertThat(alerts(brand, 1, Duration.ofSeconds(60))).as("the spike's alert").hasSize(1);
        var alerts = alerts(brand, 2, Duration.ofSeconds(5));

        assertThat(alerts).as("exactly one alert for the planted spike").hasSize(1);
        JsonNode alert = JSON.readTree(alerts.get(0).value());
        assertThat(alert.get("type").asString()).isEqualTo("volume_spike");
        assertThat(alert.get("severity").asString()).isEqualTo("critical");
        assertThat(alert.get("dimensions").get("topic").asString()).isEqualTo("lost-luggage");

        assertThat(total("post_volume", brand, since, 50)).isEqualTo(50);
        assertThat(total("excluded_posts", brand, since, 30)).isEqualTo(30);
        JsonNode trends = get("/api/v1/trends?kpi=post_volume&brand=" + brand + "&period=day&to="
                + hour.plus(Duration.ofDays(1)));
        assertThat(trends.get("trends").get(0).get("trend").get("test").asString()).isEqualTo("poisson-rate");
        assertThat(trends.get("trends").get(0).get("daily")).isNotEmpty();

        JsonNode sample = get("/api/v1/samples?brand=" + brand + "&size=10&method=stratified&by=platform&seed=1&from="
                + since);
        assertThat(sample.get("population").asLong()).isEqualTo(50);
        assertThat(sample.get("items")).hasSize(10);
        assertThat(sample.get("summary").asString()).startsWith("10 of 50 posts (stratified)");

        JsonNode communities = get("/api/v1/communities?brand=" + brand + "&from=" + since);
        assertThat(communities.get("platforms").get(0).get("name").asString()).isEqualTo("x");
        assertThat(communities.get("platforms").get(0).get("posts").asLong()).isEqualTo(50);

        HttpResponse<String> report = HTTP.send(at("/reports/summary.html?brand=" + brand + "&to="
                + hour.plus(Duration.ofDays(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html"));
        assertThat(report.body()).contains(brand + ": customer service report", "<svg", "Spikes and crises",
                alert.get("title").asString(), "post_volume");
    }

    @Test
    void aTasksEventsBetweenCommitsCrossTheRepartitionsGatheredAndAreCountedOnce() throws Exception {
        String brand = "gathered-" + UUID.randomUUID().toString().substring(0, 8);
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        int posts = 600;

        send(brand, minute, posts, Screening.RELEVANT);

        assertThat(total("post_volume", brand, minute.minus(Duration.ofHours(1)).toString(), posts))
                .isEqualTo(posts);
        // Ungathered, each post would be a record for each of its breakdowns (brand; by platform, channel, topic,
        // sentiment) and one for the spike watch.
        var crossed = TopicReader.read(SharedKafka.bootstrapServers(),
                APPLICATION_ID + "-kpi-observations-repartition",
                r -> r.key().equals("brand=" + brand) || r.key().startsWith("brand=" + brand + ","), 4 * posts,
                Duration.ofSeconds(5));
        assertThat(crossed).hasSizeGreaterThanOrEqualTo(4).hasSizeLessThan(posts / 4);
        var watched = TopicReader.read(SharedKafka.bootstrapServers(),
                APPLICATION_ID + "-spike-topic-hours-repartition", r -> r.key().equals(brand + "|lost-luggage"), posts,
                Duration.ofSeconds(5));
        assertThat(watched).isNotEmpty().hasSizeLessThan(posts / 4);
    }

    @Test
    void aPlantedTrendProducesItsRecommendationWithTheEvidence() throws Exception {
        String brand = "trending-" + UUID.randomUUID().toString().substring(0, 8);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        send(brand, today.minus(Duration.ofDays(1)).plusSeconds(10), 20, Screening.RELEVANT);
        send(brand, today.plusSeconds(10), 60, Screening.RELEVANT);

        String query = "/api/v1/recommendations?brand=" + brand + "&period=day&minSample=10&to="
                + today.plus(Duration.ofDays(1));
        Instant deadline = Instant.now().plusSeconds(60);
        JsonNode recommendations = get(query);
        while (Instant.now().isBefore(deadline) && !(recommendations.isArray() && recommendations.size() > 0
                && recommendations.get(0).get("evidence").get("current").asDouble() == 60)) {
            Thread.sleep(300);
            recommendations = get(query);
        }

        assertThat(recommendations).as(recommendations.toString()).hasSize(1);
        JsonNode recommendation = recommendations.get(0);
        assertThat(recommendation.get("title").asString()).isEqualTo("Lost-luggage posts up 200% day over day "
                + "(p < 0.001): review the baggage tracing process");
        assertThat(recommendation.get("actions").get(1).asString()).isEqualTo("add a saved reply with the tracing link");
        assertThat(recommendation.get("evidence").get("previous").asDouble()).isEqualTo(20);
        assertThat(recommendation.get("evidence").get("test").asString()).isEqualTo("poisson-rate");
    }

    @Test
    void scheduledReportsArePublishedOnTheReportsTopicWithTheirCloudEventHeaders() throws Exception {
        send(REPORTED_BRAND, Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofMinutes(1)), 3,
                Screening.RELEVANT);
        String since = Instant.now().minus(Duration.ofDays(2)).toString();
        assertThat(total("post_volume", REPORTED_BRAND, since, 3)).isEqualTo(3);

        scheduledReports.makeAll();

        var published = TopicReader.read(SharedKafka.bootstrapServers(), Topic.ANALYTICS_REPORTS.topicName(),
                r -> r.key().startsWith(REPORTED_BRAND + "-"), 1, Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        assertThat(published.get(0).key()).endsWith("-day");
        assertThat(new String(published.get(0).headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo("dev.parley.period-report.v1");
        JsonNode report = JSON.readTree(published.get(0).value());
        assertThat(report.get("kpis").get("post_volume").asDouble()).isEqualTo(3);
        assertThat(report.get("html").asString()).contains(REPORTED_BRAND + ": customer service report");
    }

    @Test
    void aCaseEventThatCannotBeReadIsParkedOnItsDeadLetterTopicWithTheReason() {
        String key = "unreadable-" + UUID.randomUUID();
        TopicWriter.send(SharedKafka.bootstrapServers(), Topic.CASES.topicName(), key, "{\"caseId\": [");

        var parked = TopicReader.read(SharedKafka.bootstrapServers(), Topic.CASES.deadLetterTopicName().orElseThrow(),
                r -> r.key().equals(key), 1, Duration.ofSeconds(60));
        assertThat(parked).singleElement().satisfies(record -> {
            assertThat(record.value()).isEqualTo("{\"caseId\": [");
            assertThat(TopicReader.header(record, DeadLetters.REASON_HEADER)).isNotBlank();
            assertThat(TopicReader.header(record, DeadLetters.ORIGINAL_TOPIC_HEADER))
                    .isEqualTo(Topic.CASES.topicName());
        });
    }

    @Test
    void casesOpenedInAPeriodAreSampledForReviewAsTheyStandNow() throws Exception {
        String brand = "reviewed-" + UUID.randomUUID().toString().substring(0, 8);
        Instant opened = Instant.now().minus(Duration.ofHours(2));
        for (int i = 0; i < 3; i++) {
            caseEvent(brand, "case-" + i, CaseEventType.OPENED, CaseStatus.NEW, opened, opened, i == 2 ? "baggage"
                    : "care");
        }
        caseEvent(brand, "case-0", CaseEventType.STATUS_CHANGED, CaseStatus.RESOLVED, opened.plusSeconds(1800), opened,
                "care");

        JsonNode sample = get("/api/v1/samples?brand=" + brand + "&of=cases&size=3&method=loudest&from="
                + opened.minusSeconds(60));

        assertThat(sample.get("of").asString()).isEqualTo("cases");
        assertThat(sample.get("population").asLong()).isEqualTo(3);
        assertThat(sample.get("items")).extracting(i -> i.get("id").asString())
                .containsExactly("case-2", "case-1", "case-0");
        assertThat(sample.get("items").get(2).get("text").asString()).isEqualTo("resolved after 30 min, 0 replies");
        assertThat(sample.get("summary").asString()).startsWith("3 of 3 cases (loudest)");
        HttpResponse<String> unknown = HTTP.send(at("/api/v1/samples?brand=" + brand + "&of=tickets").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("'tickets' is not one of [posts, cases]");
    }

    @Test
    void anImprovementIsRegisteredOnItsTopicAndReviewedAndABadOneIsRefusedWithEveryReason() throws Exception {
        String brand = "tracked-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> bad = post("/api/v1/improvements", "{\"brand\":\"" + brand + "\",\"kpis\":[\"speed\"],"
                + "\"dimensions\":{\"team\":\"a\",\"topic\":\"b\"}}");
        HttpResponse<String> created = post("/api/v1/improvements", "{\"brand\":\"" + brand + "\",\"title\":\"New rota\","
                + "\"registeredBy\":\"maria\",\"startedAt\":\"" + Instant.now() + "\",\"kpis\":[\"sla_compliance\"]}");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("title is required", "registeredBy is required", "startedAt is required",
                "unknown kpi 'speed'", "at most one of");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("improvementId").asString();
        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode reviews = null;
        while (Instant.now().isBefore(deadline)) {
            reviews = get("/api/v1/improvements?brand=" + brand);
            if (reviews.isArray() && reviews.size() == 1) {
                break;
            }
            Thread.sleep(300);
        }
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).get("improvement").get("improvementId").asString()).isEqualTo(id);
        assertThat(reviews.get(0).get("status").asString()).isEqualTo("too_early");
    }

    @Test
    void theApiAndReportsNeedAnAnalystsKeyWhileHealthNeedsNone() throws Exception {
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/kpis")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknownKey = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/reports/summary.json?brand=acme-air")).header("X-Api-Key", "guessed").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/health/liveness")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(anonymous.body()).contains("X-Api-Key");
        assertThat(unknownKey.statusCode()).isEqualTo(401);
        assertThat(health.statusCode()).isEqualTo(200);
    }

    /** A call with the analyst's key. */
    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Api-Key", ANALYST_KEY);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(at(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<ConsumerRecord<String, String>> alerts(String brand, int expected, Duration timeout) {
        return TopicReader.read(SharedKafka.bootstrapServers(), Topic.ANALYTICS_ALERTS.topicName(),
                r -> r.value().contains("\"brand\":\"" + brand + "\""), expected, timeout);
    }

    /** The KPI's total once it reaches {@code expected} (or what it is after 60 seconds). */
    private double total(String kpi, String brand, String since, double expected) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        double total = -1;
        while (Instant.now().isBefore(deadline)) {
            total = get("/api/v1/kpis?kpi=" + kpi + "&window=1h&brand=" + brand + "&from=" + since).get("total")
                    .asDouble();
            if (total >= expected) {
                return total;
            }
            Thread.sleep(300);
        }
        return total;
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(at(path).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 503);
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.readTree("{\"total\":-1}");
    }

    private static void caseEvent(String brand, String caseId, CaseEventType type, CaseStatus status, Instant at,
            Instant openedAt, String team) {
        int priority = 50 + Integer.parseInt(caseId.substring(caseId.indexOf('-') + 1));
        TopicWriter.send(SharedKafka.bootstrapServers(), Topic.CASES.topicName(), "x:" + caseId,
                JSON.writeValueAsString(new CaseEvent(UUID.randomUUID().toString(), type, caseId, "x:" + caseId, brand,
                        Platform.X, status, priority, SentimentLabel.NEGATIVE, null, null, at, null, null, null, null,
                        "public", openedAt, "ana", team, "lost-luggage")));
    }

    private static void send(String brand, Instant at, int count, Screening screening) {
        Map<String, String> posts = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            Instant received = at.plusMillis(i);
            TriagedPost post = new TriagedPost(new SocialPost("x:" + id, brand, Platform.X, id, PostKind.PUBLIC_MENTION,
                    new Author("a" + i, "h", null, 1, false), "where is my bag", "en", received, received, null,
                    "x:" + id, null), new Sentiment(SentimentLabel.NEUTRAL, 0, 0.8), new Priority(30, List.of()), "m",
                    received, null, null, List.of(new TopicMatch("lost-luggage", 0.9, "keywords", List.of("bag"))),
                    null, screening, null, List.of());
            posts.put("x:" + id, JSON.writeValueAsString(post));
        }
        TopicWriter.sendAll(SharedKafka.bootstrapServers(), Topic.POSTS_TRIAGED.topicName(), posts);
    }
}
