package dev.parley.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.CloudEventHeaders;
import dev.parley.events.Topic;
import dev.parley.testing.TopicReader;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform as {@code ./parley up} runs it — Kafka broker process, embedded PostgreSQL and the
 * five service jars as processes — driven only through HTTP and Kafka, as users and BI tools would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndTest {
    private static final int POSTS = 1000;
    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path home;
    private static LocalPlatform platform;
    private static Instant startedAt;

    @BeforeAll
    static void startPlatform() throws IOException {
        Path repo = Path.of("..").toAbsolutePath().normalize();
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, freePort());
        }
        LocalSettings settings = new LocalSettings(home, repo.resolve("all-in-one/target/services"),
                repo.resolve("all-in-one/target/runtime.classpath"), freePort(), freePort(), freePort(), ports,
                LocalSettings.JavaOptions.quickStart(Map.of()), LocalSettings.classDataSharing(repo, Map.of()), 0);
        startedAt = Instant.now();
        platform = LocalPlatform.start(settings, step -> System.out.println("[e2e] " + step));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void aMalformedPostIsRejectedWithTheBadFieldsNamed() throws Exception {
        HttpResponse<String> response = post(url(Service.INGESTION, "/api/v1/posts"),
                "{\"platform\":\"x\",\"externalId\":\"bad-1\",\"brand\":\"acme-air\",\"author\":{\"id\":\"1\"},\"text\":\"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").toString()).contains("text", "must not be blank");
    }

    @Test
    @Order(2)
    void everyAcceptedPostBecomesACaseWithASentimentAndIsCountedOnceEvenWhenSentAgain() throws Exception {
        SyntheticPosts generator = new SyntheticPosts(new Random(42), "acme-air", "e2e");
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            bodies.add(JSON.writeValueAsString(generator.fresh()));
        }
        bodies.addAll(bodies.subList(0, 100));
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<Integer>> sent = new ArrayList<>();
        for (String body : bodies) {
            inFlight.acquire();
            sent.add(HTTP.sendAsync(jsonPost(url(Service.INGESTION, "/api/v1/posts"), body),
                            HttpResponse.BodyHandlers.discarding())
                    .thenApply(HttpResponse::statusCode)
                    .whenComplete((status, error) -> inFlight.release()));
        }
        assertThat(sent).allSatisfy(status -> assertThat(status.join()).isEqualTo(202));

        awaitCount(PlatformEndToEndTest::caseTotal, POSTS, "cases");
        Set<String> conversations = new HashSet<>();
        for (int offset = 0; offset < POSTS; offset += 500) {
            JsonNode page = getJson(url(Service.RESPONSE, "/api/v1/cases?limit=500&offset=" + offset));
            page.get("cases").forEach(c -> {
                assertThat(c.get("sentiment").asString()).isIn("negative", "neutral", "positive");
                conversations.add(c.get("conversationId").asString());
            });
        }
        assertThat(conversations).hasSize(POSTS);

        awaitCount(PlatformEndToEndTest::kpiTotal, POSTS, "posts counted by analytics");
    }

    @Test
    @Order(3)
    void aReplyThatPassesTheBrandCheckIsApprovedInCrisisModeAndPublishedForIngestion() throws Exception {
        JsonNode firstCase = getJson(url(Service.RESPONSE, "/api/v1/cases?limit=1")).get("cases").get(0);
        String caseId = firstCase.get("caseId").asString();
        assertThat(put(url(Service.RESPONSE, "/api/v1/settings/crisis-mode"), "{\"on\":true}").statusCode()).isEqualTo(200);

        HttpResponse<String> response = post(url(Service.RESPONSE, "/api/v1/cases/" + caseId + "/replies"),
                "{\"agentId\":\"agent-7\",\"text\":\"I'm so sorry about this, and thanks for telling us. We are on it "
                        + "and will update you within a day; your consumer rights are not affected.\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("check").get("verdict").asString()).isEqualTo("pass");
        assertThat(result.get("reply").get("state").asString()).isEqualTo("pending_approval");
        assertThat(result.get("reply").get("guidelineVersion").asString()).isEqualTo("default@0");
        String replyId = result.get("reply").get("replyId").asString();
        assertThat(TopicReader.read(platform.settings().kafkaBootstrap(), Topic.REPLIES_OUTBOUND.topicName(),
                r -> r.value().contains(replyId), 1, Duration.ofSeconds(2))).as("not before approval").isEmpty();

        HttpResponse<String> approved = post(url(Service.RESPONSE, "/api/v1/cases/" + caseId + "/replies/" + replyId
                + "/approve"), "{\"supervisorId\":\"sue\"}");
        put(url(Service.RESPONSE, "/api/v1/settings/crisis-mode"), "{\"on\":false}");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        List<ConsumerRecord<String, String>> outbound = TopicReader.read(platform.settings().kafkaBootstrap(),
                Topic.REPLIES_OUTBOUND.topicName(), r -> r.value().contains(replyId), 1, Duration.ofSeconds(30));
        assertThat(outbound).hasSize(1);
        ConsumerRecord<String, String> record = outbound.get(0);
        assertThat(record.key()).isEqualTo(firstCase.get("conversationId").asString());
        assertThat(TopicReader.header(record, CloudEventHeaders.TYPE)).isEqualTo("dev.parley.reply-requested.v1");
        assertThat(JSON.readTree(record.value()).get("checkId").asString())
                .isEqualTo(result.get("check").get("checkId").asString());
    }

    @Test
    @Order(4)
    void aReplyWithABannedPhraseIsRefusedAndNeverPublished() throws Exception {
        String caseId = getJson(url(Service.RESPONSE, "/api/v1/cases?limit=1")).get("cases").get(0)
                .get("caseId").asString();

        HttpResponse<String> response = post(url(Service.RESPONSE, "/api/v1/cases/" + caseId + "/replies"),
                "{\"agentId\":\"agent-7\",\"text\":\"Please calm down.\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode violation = JSON.readTree(response.body()).get("check").get("violations").findParents("rule").stream()
                .filter(v -> v.get("rule").asString().equals("banned-phrase")).findFirst().orElseThrow();
        assertThat(violation.get("start").asInt()).isEqualTo(7);
        assertThat(violation.get("end").asInt()).isEqualTo(16);
        String replyId = JSON.readTree(response.body()).get("reply").get("replyId").asString();
        assertThat(TopicReader.read(platform.settings().kafkaBootstrap(), Topic.REPLIES_OUTBOUND.topicName(),
                r -> r.value().contains(replyId), 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    @Order(5)
    void theRejectedPostWasCountedNowhere() {
        assertThat(caseTotal()).isEqualTo(POSTS);
        assertThat(kpiTotal()).isEqualTo(POSTS);
    }

    /**
     * A part of the platform killed mid-stream (SIGKILL) and started again: every accepted post still becomes one case
     * and is counted once. Triage consumes and publishes in Kafka transactions and response commits its offset after
     * its database transaction, so what a kill interrupts is read again, not lost (that nothing is repeated is asserted
     * in each service's own tests too: a kill rarely lands between a write and its commit). PostgreSQL must keep every
     * commit it acknowledged (synchronous commit), and response's polls that failed while it was down are retried.
     * Ingestion answers 202 only once Kafka holds a post, so while it or the broker is down posts are refused (the
     * sender sends them again) or wait; one written but not answered is dropped as a duplicate when sent again.
     */
    @ParameterizedTest
    @EnumSource(Crash.class)
    @Order(6)
    void aCrashMidStreamLosesNothingAndCountsNothingTwice(Crash crash) throws Exception {
        int more = 400;
        awaitTrue(() -> caseTotal() == kpiTotal(), "the earlier posts to become cases");
        long cases = caseTotal();
        long counted = kpiTotal();
        CompletableFuture<Integer> sending = sendInBackground(more, crash.name().toLowerCase() + "-crash");
        Thread.sleep(1000);

        crash.killAndRestart.accept(platform);
        int refused = sending.join();
        System.out.println("[e2e] posts refused while " + crash + " was down: " + refused);
        if (!crash.mayRefusePosts) {
            assertThat(refused).as("posts refused").isZero();
        }

        assertSettleAt(cases + more, counted + more);
    }

    /** What the crash test kills and starts again, and whether ingestion may refuse posts meanwhile. */
    enum Crash {
        TRIAGE(platform -> platform.crashAndRestart(Service.TRIAGE), false),
        RESPONSE(platform -> platform.crashAndRestart(Service.RESPONSE), false),
        INGESTION(platform -> platform.crashAndRestart(Service.INGESTION), true),
        POSTGRESQL(LocalPlatform::crashAndRestartPostgres, false),
        BROKER(LocalPlatform::crashAndRestartKafka, true);

        private final Consumer<LocalPlatform> killAndRestart;
        private final boolean mayRefusePosts;

        Crash(Consumer<LocalPlatform> killAndRestart, boolean mayRefusePosts) {
            this.killAndRestart = killAndRestart;
            this.mayRefusePosts = mayRefusePosts;
        }
    }

    /**
     * Analytics gathers a second's events by breakdown in memory and forwards them inside the commit's
     * transaction: killed mid-stream, what it held is read again from the input, not lost, and what it had
     * committed is not counted again.
     */
    @Test
    @Order(7)
    void anAnalyticsCrashMidStreamLosesNothingAndCountsNothingTwice() throws Exception {
        int more = 400;
        long counted = kpiTotal();
        CompletableFuture<Integer> sending = sendInBackground(more, "analytics-crash");
        Thread.sleep(2000);

        platform.crashAndRestart(Service.ANALYTICS);
        assertThat(sending.join()).as("posts refused").isZero();
        // Ready once its web server is; the KPI queries answer 503 until its stores are restored.
        awaitTrue(() -> get(url(Service.ANALYTICS, "/api/v1/kpis?kpi=post_volume")).statusCode() == 200,
                "analytics to answer KPI queries again");

        awaitCount(PlatformEndToEndTest::kpiTotal, counted + more, "posts counted by analytics");
        Thread.sleep(3000);
        assertThat(kpiTotal()).as("a post counted twice").isEqualTo(counted + more);
    }

    @Test
    @Order(8)
    void theReportCommandWritesTodaysReportWithWhatAnalyticsCounted() throws Exception {
        Path out = Files.createTempDirectory("parley-report").resolve("report.html");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

        int exit = ReportCommand.run(new String[] {"report", "--brand", "acme-air", "--from", today, "--to", tomorrow,
                "--out", out.toString()}, platform.settings());

        assertThat(exit).isZero();
        assertThat(Files.readString(out)).contains("acme-air: customer service report", "<svg", "post_volume",
                "Where customers are");
    }

    @Test
    @Order(9)
    void stoppedCleanlyEveryServiceKeepsTheClassDataItsNextStartMaps() throws IOException {
        platform.close();

        Path classData = platform.settings().classDataSharing().orElseThrow();
        for (Service service : Service.values()) {
            try (Stream<Path> files = Files.walk(classData.resolve(service.serviceName()))) {
                assertThat(files.filter(file -> file.getFileName().toString().matches("classes-\\w+\\.jsa")))
                        .as(service.serviceName()).isNotEmpty();
            }
        }
    }

    /**
     * Posts {@code count} fresh synthetic posts to ingestion's API, 10 ms apart, each sent again until it is accepted
     * (202), as a platform's sender retries; completes with how many times a post was refused.
     */
    private static CompletableFuture<Integer> sendInBackground(int count, String seed) {
        SyntheticPosts generator = new SyntheticPosts(new Random(7), "acme-air", seed);
        return CompletableFuture.supplyAsync(() -> {
            int refused = 0;
            try {
                for (int i = 0; i < count; i++) {
                    String body = JSON.writeValueAsString(generator.fresh());
                    while (!accepted(body)) {
                        refused++;
                        Thread.sleep(500);
                    }
                    Thread.sleep(10);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return refused;
        });
    }

    /** Every case in the response service's database (the inbox API counts only up to its cap). */
    private static long caseTotal() {
        try (Connection db = DriverManager.getConnection(platform.settings().jdbcUrl(), LocalPostgres.USER,
                LocalPostgres.USER); ResultSet count = db.createStatement().executeQuery("SELECT count(*) FROM cases")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the cases", e);
        }
    }

    /** Every post analytics saw: counted in post_volume, or left out of KPIs as spam, bot or off-topic. */
    private static long kpiTotal() {
        return kpiTotal("post_volume") + kpiTotal("excluded_posts");
    }

    private static long kpiTotal(String kpi) {
        return (long) getJson(url(Service.ANALYTICS, "/api/v1/kpis?kpi=" + kpi + "&from="
                + startedAt.minusSeconds(120))).get("total").asDouble();
    }

    /** Whether ingestion accepted the post (202); a connection it refused or dropped (it is down) is a refusal. */
    private static boolean accepted(String post) throws InterruptedException {
        try {
            return HTTP.send(jsonPost(url(Service.INGESTION, "/api/v1/posts"), post), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 202;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The cases and the posts analytics counted reach these totals and stay there a while (a post filed or counted
     * twice would show late).
     */
    private static void assertSettleAt(long cases, long counted) throws InterruptedException {
        awaitCount(PlatformEndToEndTest::caseTotal, cases, "cases");
        awaitCount(PlatformEndToEndTest::kpiTotal, counted, "posts counted by analytics");
        Thread.sleep(3000);
        assertThat(caseTotal()).as("cases").isEqualTo(cases);
        assertThat(kpiTotal()).as("posts counted by analytics").isEqualTo(counted);
    }

    /** Waits for {@code count} to reach {@code expected}; a failure says where it stood. */
    private static void awaitCount(LongSupplier count, long expected, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(FLOW_TIMEOUT);
        long now;
        while ((now = count.getAsLong()) != expected) {
            assertThat(Instant.now()).as("waiting for %s to reach %d: %d", what, expected, now).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(FLOW_TIMEOUT);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private static String url(Service service, String path) {
        return platform.settings().url(service) + path;
    }

    private static HttpRequest jsonPost(String url, String body) {
        return authorized(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Every call carries the run's API key, as the README's curl examples do. */
    private static HttpRequest.Builder authorized(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("X-Api-Key", platform.apiKey());
    }

    private static HttpResponse<String> put(String url, String body) throws Exception {
        return HTTP.send(authorized(url).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return HTTP.send(jsonPost(url, body), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode getJson(String url) {
        HttpResponse<String> response = get(url);
        assertThat(response.statusCode()).as(url + " → " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(authorized(url).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
