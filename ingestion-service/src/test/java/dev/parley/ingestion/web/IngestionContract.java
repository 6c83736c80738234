package dev.parley.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.CloudEventHeaders;
import dev.parley.events.Topic;
import dev.parley.ingestion.imports.ImportCli;
import dev.parley.ingestion.webhook.HmacSha256;
import dev.parley.ingestion.webhook.SignedWebhook;
import dev.parley.ingestion.x.XSignatures;
import dev.parley.testing.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Ingestion against a real broker: the generic API, the X webhook, and exactly one post per platform
 * item across repeats and restarts. Subclasses choose the broker: the in-JVM one everywhere, a
 * Testcontainers one where Docker exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "parley.ingestion.x.consumer-secret=" + IngestionContract.X_SECRET,
        "parley.ingestion.x.accounts.2244994945=acme-air",
        "parley.ingestion.meta.app-secret=" + IngestionContract.META_SECRET,
        "parley.ingestion.meta.verify-token=my-verify-token",
        "parley.ingestion.meta.accounts.104928371122=acme-air",
        "parley.ingestion.listening.acme-air.exclude=giveaway",
        "parley.ingestion.webhooks.integrations.helpdesk.secret=" + IngestionContract.HELPDESK_SECRET,
        "parley.ingestion.webhooks.integrations.helpdesk.brand=acme-air",
        // Outbound replies are tested on their own (OutboundRepliesTest), in the same consumer group.
        "parley.ingestion.outbound.enabled=false",
        "parley.ingestion.security.api-keys[0].name=importer",
        // printf %s ingest-machine-key | sha256sum
        "parley.ingestion.security.api-keys[0].key-sha256=6cf4694993225a041e821fcee46e0140aad3923b3e92680c6c76c602e1d0a867",
        "parley.ingestion.security.api-keys[0].roles=ingest",
        "parley.ingestion.security.api-keys[1].name=dashboard",
        // printf %s monitor-machine-key | sha256sum
        "parley.ingestion.security.api-keys[1].key-sha256=0248640288635ff25596304fe1b08b8209430e22627a84315fc2957ca39a42f5",
        "parley.ingestion.security.api-keys[1].roles=monitor"})
abstract class IngestionContract {
    static final String X_SECRET = "x-app-secret";
    static final String META_SECRET = "meta-app-secret";
    static final String HELPDESK_SECRET = "helpdesk-secret-0123";
    static final String INGEST_KEY = "ingest-machine-key";
    static final String MONITOR_KEY = "monitor-machine-key";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path STATE = createStateDir();

    @LocalServerPort
    int port;

    @Autowired
    StreamsBuilderFactoryBean streams;

    @Autowired
    MeterRegistry meters;

    abstract String bootstrapServers();

    @DynamicPropertySource
    static void streamsState(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.streams.state-dir", STATE::toString);
    }

    @Test
    void anAcceptedPostIsPublishedKeyedByConversationWithCloudEventHeaders() throws Exception {
        String externalId = UUID.randomUUID().toString();

        HttpResponse<String> response = post("""
                {"platform":"facebook","externalId":"%s","brand":"acme-air","inReplyTo":"root-1",
                 "author":{"id":"7","name":"Sam"},"text":"Any news on my refund?"}""".formatted(externalId));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("\"postId\":\"facebook:" + externalId + "\"");
        List<ConsumerRecord<String, String>> records = postsContaining(externalId, 1, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(record.key()).isEqualTo("facebook:root-1");
        assertThat(TopicReader.header(record, CloudEventHeaders.TYPE)).isEqualTo("dev.parley.social-post.v1");
        assertThat(TopicReader.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/parley/ingestion-service");
        assertThat(TopicReader.header(record, CloudEventHeaders.DATA_SCHEMA))
                .isEqualTo("https://parley.dev/schemas/social-post.v1.schema.json");
        assertThat(TopicReader.header(record, CloudEventHeaders.ID)).hasSize(36);
        assertThat(record.value()).contains("\"kind\":\"reply\"", "\"conversationId\":\"facebook:root-1\"");
        List<ConsumerRecord<String, String>> raw = TopicReader.read(bootstrapServers(), Topic.POSTS_RAW.topicName(),
                r -> r.value().contains(externalId), 1, Duration.ofSeconds(5));
        assertThat(raw.get(0).key()).isEqualTo("facebook:" + externalId);
        assertThat(raw.get(0).value()).contains("\"source\":\"generic-api\"", "\"text\":\"Any news on my refund?\"");
    }

    @Test
    void theSamePostSentTwiceIsPublishedOnce() throws Exception {
        String body = genericPost(UUID.randomUUID().toString());

        assertThat(post(body).statusCode()).isEqualTo(202);
        assertThat(post(body).statusCode()).isEqualTo(202);

        assertThat(postsContaining(idOf(body), 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(postsContaining(idOf(body), 2, Duration.ofSeconds(5))).hasSize(1);
    }

    @Test
    void anItemSeenBeforeARestartIsNotPublishedAgainEvenWithItsLocalStateLost() throws Exception {
        String first = genericPost(UUID.randomUUID().toString());
        post(first);
        assertThat(postsContaining(idOf(first), 1, Duration.ofSeconds(30))).hasSize(1);

        streams.stop();
        FileSystemUtils.deleteRecursively(STATE);
        streams.start();
        String second = genericPost(UUID.randomUUID().toString());
        assertThat(post(first).statusCode()).isEqualTo(202);
        post(second);

        assertThat(postsContaining(idOf(second), 1, Duration.ofSeconds(90))).hasSize(1);
        assertThat(postsContaining(idOf(first), 2, Duration.ofSeconds(5))).hasSize(1);
    }

    @Test
    void aPostOutsideTheBrandsListeningRulesIsKeptRawButNotPublished() throws Exception {
        String externalId = UUID.randomUUID().toString();

        HttpResponse<String> response = post("""
                {"platform":"reddit","externalId":"%s","brand":"acme-air","author":{"id":"u9"},
                 "text":"Giveaway! Retweet to win"}""".formatted(externalId));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(TopicReader.read(bootstrapServers(), Topic.POSTS_RAW.topicName(), r -> r.value().contains(externalId),
                1, Duration.ofSeconds(10))).hasSize(1);
        assertThat(postsContaining(externalId, 1, Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void anInvalidPostGets400WithItsBadFieldsAndIsNotKept() throws Exception {
        String externalId = UUID.randomUUID().toString();

        HttpResponse<String> response = post("""
                {"platform":"x","externalId":"%s","author":{"id":"7"},"text":"hello","createdAt":"soon"}"""
                .formatted(externalId));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"brand\"", "\"field\":\"createdAt\"");
        assertThat(TopicReader.read(bootstrapServers(), Topic.POSTS_RAW.topicName(), r -> r.value().contains(externalId),
                1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonGets400() throws Exception {
        HttpResponse<String> response = post("{not json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Malformed JSON");
    }

    @Test
    void xChallengeResponseCheckIsAnswered() throws Exception {
        HttpResponse<String> response = get("/webhooks/x?crc_token=challenge-123");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"response_token\":\"sha256=KV9NC+UlHH7iGxojE539H5ZW+/Yzkh0etsdwu08wAOw=\"}");
    }

    @Test
    void aSignedXDeliveryBecomesOnePostPerCustomerItemEvenWhenRedelivered() throws Exception {
        long tweetId = Math.abs(UUID.randomUUID().getMostSignificantBits());
        String delivery = xDelivery(tweetId, "where is my bag?");
        String signature = new XSignatures(X_SECRET).crcResponseToken(delivery);

        HttpResponse<String> first = xWebhook(delivery, signature);
        HttpResponse<String> retry = xWebhook(delivery, signature);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"accepted\":[\"x:" + tweetId + "\"]", "\"ignored\":[\"the brand's own post\"]");
        assertThat(retry.statusCode()).isEqualTo(200);
        String externalId = "\"externalId\":\"" + tweetId + "\"";
        List<ConsumerRecord<String, String>> posts = postsContaining(externalId, 1, Duration.ofSeconds(30));
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).value()).contains("\"platform\":\"x\"", "\"handle\":\"janedoe\"", "\"brand\":\"acme-air\"");
        assertThat(postsContaining(externalId, 2, Duration.ofSeconds(5))).hasSize(1);
    }

    @Test
    void aForgedXDeliveryIsRefusedAndNothingIsKept() throws Exception {
        String marker = UUID.randomUUID().toString();
        String delivery = xDelivery(Math.abs(UUID.randomUUID().getMostSignificantBits()), marker);

        HttpResponse<String> forged = xWebhook(delivery, new XSignatures("not-the-secret").crcResponseToken(delivery));
        HttpResponse<String> unsigned = xWebhook(delivery, null);

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("does not match the body");
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(TopicReader.read(bootstrapServers(), Topic.POSTS_RAW.topicName(), r -> r.value().contains(marker), 1,
                Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void metaSubscriptionCheckEchoesTheChallengeOnlyForOurVerifyToken() throws Exception {
        HttpResponse<String> ours = get("/webhooks/meta?hub.mode=subscribe&hub.verify_token=my-verify-token&hub.challenge=1158201444");
        HttpResponse<String> theirs = get("/webhooks/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");

        assertThat(ours.statusCode()).isEqualTo(200);
        assertThat(ours.body()).isEqualTo("1158201444");
        assertThat(theirs.statusCode()).isEqualTo(403);
    }

    @Test
    void aSignedMetaDeliveryBecomesPostsAndAForgedOneIsRefused() throws Exception {
        String commentId = UUID.randomUUID().toString();
        String delivery = """
                {"object":"page","entry":[{"id":"104928371122","time":1795343400,"changes":[{"field":"feed","value":{
                 "from":{"id":"7734512098","name":"Sam Rivera"},"message":"Still no refund","post_id":"104928371122_1",
                 "comment_id":"%s","created_time":1795343400,"item":"comment","parent_id":"104928371122_1","verb":"add"}}]}]}"""
                .formatted(commentId);
        String signature = "sha256=" + HexFormat.of().formatHex(
                new HmacSha256(META_SECRET).sign(delivery.getBytes(StandardCharsets.UTF_8)));

        HttpResponse<String> forged = webhook("/webhooks/meta", "X-Hub-Signature-256", delivery,
                "sha256=" + "0".repeat(64));
        HttpResponse<String> signed = webhook("/webhooks/meta", "X-Hub-Signature-256", delivery, signature);

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(signed.body()).contains("\"accepted\":[\"facebook:" + commentId + "\"]");
        List<ConsumerRecord<String, String>> posts = postsContaining(commentId, 2, Duration.ofSeconds(30));
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).key()).isEqualTo("facebook:104928371122_1");
        assertThat(posts.get(0).value()).contains("\"kind\":\"comment\"", "\"text\":\"Still no refund\"");
    }

    @Test
    void anExportImportedTwiceIsPublishedOnce() throws Exception {
        long base = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
        Path export = Files.createTempFile(STATE.getParent(), "export", ".csv");
        Files.writeString(export, """
                tweet_id,author_id,inbound,text,response_tweet_id,in_response_to_tweet_id,created_at
                %1$d,501,True,"@AcmeAir lost my bag",%2$d,,Tue Oct 31 22:10:47 +0000 2017
                %2$d,AcmeAir,False,"@501 sorry to hear that",,%1$d,Tue Oct 31 22:11:47 +0000 2017
                %3$d,501,True,"@AcmeAir still nothing",,%2$d,Tue Oct 31 22:15:00 +0000 2017
                """.formatted(base, base + 1, base + 2));
        String[] args = {export.toString(), "--brand", "acme-air"};

        assertThat(ImportCli.run(args, bootstrapServers())).isZero();
        assertThat(ImportCli.run(args, bootstrapServers())).isZero();

        assertThat(postsContaining("\"externalId\":\"" + base + "\"", 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(postsContaining("\"externalId\":\"" + (base + 2) + "\"", 2, Duration.ofSeconds(10)))
                .as("a reply to the company's answer joins the customer's first post").hasSize(1)
                .allSatisfy(r -> assertThat(r.key()).isEqualTo("x:" + base));
        assertThat(postsContaining("\"externalId\":\"" + (base + 1) + "\"", 1, Duration.ofSeconds(2)))
                .as("the company's own answer is not a customer post").isEmpty();
    }

    private HttpResponse<String> postToHelpdesk(String body, long timestamp, String signature) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/generic/helpdesk"))
                .header("Content-Type", "application/json").header(SignedWebhook.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(SignedWebhook.SIGNATURE_HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSignedWebhookTakesAuthenticBatchesAndRefusesTheRest() throws Exception {
        String ticket = UUID.randomUUID().toString();
        String body = """
                {"posts": [{"externalId": "%1$s", "author": {"id": "c9"}, "text": "My order never came"},
                           {"externalId": "%1$s-2", "platform": "review", "author": {"id": "c3"}, "text": "Two stars"}]}"""
                .formatted(ticket);
        long now = Instant.now().getEpochSecond();
        SignedWebhook signer = new SignedWebhook(HELPDESK_SECRET, "acme-air", "generic", Duration.ofMinutes(5));
        String signature = signer.sign(body.getBytes(StandardCharsets.UTF_8), now);

        HttpResponse<String> stale = postToHelpdesk(body, now - 3600, signer.sign(body.getBytes(StandardCharsets.UTF_8), now - 3600));
        HttpResponse<String> forged = postToHelpdesk(body.replace("Two", "Five"), now, signature);
        HttpResponse<String> invalid = postToHelpdesk("{\"text\": \"\"}", now,
                signer.sign("{\"text\": \"\"}".getBytes(StandardCharsets.UTF_8), now));
        HttpResponse<String> authentic = postToHelpdesk(body, now, signature);

        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("does not match the body");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"externalId\"", "\"field\":\"text\"");
        assertThat(authentic.statusCode()).isEqualTo(200);
        assertThat(authentic.body()).contains("\"accepted\":[\"generic:" + ticket + "\",\"review:" + ticket + "-2\"]");
        assertThat(postsContaining(ticket, 2, Duration.ofSeconds(30))).extracting(r -> r.key())
                .containsExactlyInAnyOrder("generic:" + ticket, "review:" + ticket + "-2");
        assertThat(postToHelpdesk(body, now, signature).statusCode()).isEqualTo(200);
        assertThat(postsContaining(ticket, 3, Duration.ofSeconds(3))).as("a redelivery publishes nothing new").hasSize(2);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/generic/nope"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(404);
        post(genericPost(UUID.randomUUID().toString()));
        HttpResponse<String> channels = get("/api/v1/channels");
        assertThat(channels.body()).contains("\"channel\":\"webhook:generic:helpdesk\"", "\"state\":\"ok\"")
                .contains("\"channel\":\"api:posts\"");
    }

    @Test
    void theApiNeedsAKeyWithItsRoleWhileWebhooksAndHealthNeedNone() throws Exception {
        String externalId = UUID.randomUUID().toString();
        HttpResponse<String> anonymous = HTTP.send(postRequest(genericPost(externalId)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknownKey = HTTP.send(postRequest(genericPost(externalId))
                .header("X-Api-Key", "guessed-key").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> monitorPosting = HTTP.send(postRequest(genericPost(externalId))
                .header("X-Api-Key", MONITOR_KEY).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(anonymous.body()).contains("X-Api-Key");
        assertThat(unknownKey.statusCode()).isEqualTo(401);
        assertThat(unknownKey.body()).contains("unknown API key");
        assertThat(monitorPosting.statusCode()).isEqualTo(403);
        assertThat(postsContaining(externalId, 1, Duration.ofSeconds(3))).as("nothing refused is kept").isEmpty();
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/channels"))
                .header("X-Api-Key", MONITOR_KEY).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/channels"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/webhooks/x?crc_token=anonymous")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theApiHasNoBrowserLoginFlowAndSpringSecurityObservesNothing() throws Exception {
        HttpResponse<String> logout = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/logout")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> accepted = post(genericPost(UUID.randomUUID().toString()));

        assertThat(logout.statusCode()).as("no logout endpoint, just an unauthenticated call").isEqualTo(401);
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(meters.getMeters()).extracting(meter -> meter.getId().getName())
                .contains("http.server.requests")
                .noneMatch(name -> name.startsWith("spring.security"));
    }

    @Test
    void metricsAreServedInPrometheusTextFormat() throws Exception {
        post(genericPost(UUID.randomUUID().toString()));

        HttpResponse<String> metrics = get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(metrics.body()).contains("parley_events_emitted_total{type=\"dev.parley.raw-post.v1\",}",
                "parley_ingestion_items_total", "jvm_memory_bytes_used");
    }

    @Test
    void readinessIncludesKafka() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"kafka\"");
    }

    private List<ConsumerRecord<String, String>> postsContaining(String text, int atMost, Duration wait) {
        return TopicReader.read(bootstrapServers(), Topic.POSTS.topicName(), r -> r.value().contains(text), atMost, wait);
    }

    private static String genericPost(String externalId) {
        return """
                {"platform":"reddit","externalId":"%s","brand":"acme-air","author":{"id":"u9"},"text":"refund please"}"""
                .formatted(externalId);
    }

    private static String idOf(String genericPost) {
        return "\"postId\":\"reddit:" + genericPost.replaceAll("(?s).*\"externalId\":\"([^\"]+)\".*", "$1") + "\"";
    }

    /** An Account Activity delivery: one customer mention and one post by the brand itself. */
    private static String xDelivery(long tweetId, String text) {
        return """
                {"for_user_id":"2244994945","tweet_create_events":[
                 {"created_at":"Sun Nov 22 10:15:30 +0000 2026","id_str":"%1$d","text":"@AcmeAir %2$s",
                  "user":{"id_str":"9876543210","name":"Jane Doe","screen_name":"janedoe","followers_count":1520,"verified":false},
                  "lang":"en"},
                 {"created_at":"Sun Nov 22 10:16:00 +0000 2026","id_str":"%3$d","text":"@janedoe on it",
                  "user":{"id_str":"2244994945","screen_name":"AcmeAir"}}]}""".formatted(tweetId, text, tweetId + 1);
    }

    private HttpResponse<String> xWebhook(String body, String signature) throws Exception {
        return webhook("/webhooks/x", "x-twitter-webhooks-signature", body, signature);
    }

    private HttpResponse<String> webhook(String path, String signatureHeader, String body, String signature)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header(signatureHeader, signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** With the importer's key: the API needs it, webhooks and health ignore it. */
    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Api-Key", INGEST_KEY).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(postRequest(body).header("X-Api-Key", INGEST_KEY).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder postRequest(String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/posts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static Path createStateDir() {
        try {
            return Files.createTempDirectory("ingestion-streams-state");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
