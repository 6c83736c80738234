package dev.parley.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.CloudEventHeaders;
import dev.parley.events.Topic;
import dev.parley.testing.TopicReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/v1/posts} against a real broker. Subclasses choose the broker: the in-JVM one
 * everywhere, a Testcontainers one where Docker exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PostIngestionContract {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    abstract String bootstrapServers();

    @Test
    void anAcceptedPostIsOnKafkaKeyedByConversationWithCloudEventHeaders() throws Exception {
        String externalId = UUID.randomUUID().toString();

        HttpResponse<String> response = post("""
                {"platform":"facebook","externalId":"%s","brand":"acme-air","inReplyTo":"root-1",
                 "author":{"id":"7","name":"Sam"},"text":"Any news on my refund?"}""".formatted(externalId));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("\"postId\":\"facebook:" + externalId + "\"");
        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrapServers(), Topic.POSTS.topicName(),
                r -> r.value().contains(externalId), 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(record.key()).isEqualTo("facebook:root-1");
        assertThat(TopicReader.header(record, CloudEventHeaders.TYPE)).isEqualTo("dev.parley.social-post.v1");
        assertThat(TopicReader.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/parley/ingestion-service");
        assertThat(TopicReader.header(record, CloudEventHeaders.DATA_SCHEMA))
                .isEqualTo("https://parley.dev/schemas/social-post.v1.schema.json");
        assertThat(TopicReader.header(record, CloudEventHeaders.ID)).hasSize(36);
        assertThat(record.value()).contains("\"kind\":\"reply\"", "\"conversationId\":\"facebook:root-1\"");
    }

    @Test
    void anInvalidPostGets400WithItsBadFieldsAndIsNotPublished() throws Exception {
        String externalId = UUID.randomUUID().toString();

        HttpResponse<String> response = post("""
                {"platform":"x","externalId":"%s","author":{"id":"7"},"text":"hello","createdAt":"soon"}"""
                .formatted(externalId));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"brand\"", "\"field\":\"createdAt\"");
        assertThat(TopicReader.read(bootstrapServers(), Topic.POSTS.topicName(), r -> r.value().contains(externalId),
                1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonGets400() throws Exception {
        HttpResponse<String> response = post("{not json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Malformed JSON");
    }

    @Test
    void metricsAreServedInPrometheusTextFormat() throws Exception {
        post("""
                {"platform":"x","externalId":"%s","brand":"acme-air","author":{"id":"7"},"text":"hi"}"""
                .formatted(UUID.randomUUID()));

        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(metrics.body()).contains("parley_events_emitted_total{type=\"dev.parley.social-post.v1\",}",
                "jvm_memory_bytes_used");
    }

    @Test
    void readinessIncludesKafka() throws Exception {
        HttpResponse<String> readiness = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"kafka\"");
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/posts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
