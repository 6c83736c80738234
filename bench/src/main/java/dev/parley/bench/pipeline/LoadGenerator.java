package dev.parley.bench.pipeline;

import dev.parley.events.Platform;
import dev.parley.events.RawPost;
import dev.parley.events.SocialPost;
import dev.parley.events.WireEnum;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends posts into the real ingestion path, either as a connector or the bulk importer does (a raw post on
 * {@code parley.posts.raw}, accepted once Kafka acknowledges it) or as a client does ({@code POST
 * /api/v1/posts}, accepted on its 202), at a fixed rate with bursts or flat out.
 */
final class LoadGenerator implements AutoCloseable {
    /** Posts a client may have waiting for an answer at once over HTTP. */
    private static final int HTTP_IN_FLIGHT = 64;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LoadPosts posts;
    private final AcceptedPosts accepted;
    private final KafkaProducer<String, byte[]> producer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong failures = new AtomicLong();

    LoadGenerator(LoadPosts posts, AcceptedPosts accepted, String bootstrap) {
        this.posts = posts;
        this.accepted = accepted;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.BATCH_SIZE_CONFIG, 131_072), new StringSerializer(), new ByteArraySerializer());
    }

    /** Where posts go: a Kafka topic of raw posts, or an ingestion service's {@code POST /api/v1/posts}. */
    sealed interface Target permits KafkaTopic, HttpEndpoint {
    }

    record KafkaTopic(String topic) implements Target {
    }

    /** @param apiKey a key with ingestion's {@code ingest} role */
    record HttpEndpoint(URI postsUrl, String apiKey) implements Target {
    }

    /**
     * Sends {@code count} posts to {@code target}: at {@code rate} posts/s on average, one second in ten at
     * three times the rate and the others a little slower (bursts, as when a flight is cancelled), or as fast
     * as the target takes them when {@code rate} is 0. Returns once all are accepted or have failed.
     */
    void send(Target target, long count, double rate) throws InterruptedException {
        // Kafka's producer holds back a sender itself when its buffer is full; over HTTP this does.
        Semaphore inFlight = new Semaphore(HTTP_IN_FLIGHT);
        // Flat out, the posts are made first, so making them does not limit the rate measured.
        List<Map<String, Object>> ready = new ArrayList<>();
        for (long made = 0; rate == 0 && made < count; made++) {
            ready.add(posts.next());
        }
        long pacingFrom = System.nanoTime();
        for (long sent = 0; sent < count; sent++) {
            if (rate > 0) {
                paceTo(sent, rate, pacingFrom);
            }
            Map<String, Object> post = rate == 0 ? ready.get((int) sent) : posts.next();
            if (target instanceof HttpEndpoint endpoint) {
                inFlight.acquire();
                sendOverHttp(endpoint, post, inFlight);
            } else {
                sendToKafka(((KafkaTopic) target).topic(), post);
            }
        }
        producer.flush();
        inFlight.acquire(HTTP_IN_FLIGHT);
        inFlight.release(HTTP_IN_FLIGHT);
    }

    /** Posts that were never accepted (send errors or non-2xx answers). */
    long failures() {
        return failures.get();
    }

    private static void paceTo(long sent, double rate, long startedNanos) throws InterruptedException {
        while (true) {
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            if (sent < scheduled(seconds, rate)) {
                return;
            }
            Thread.sleep(0, 200_000);
        }
    }

    /** Posts due by {@code seconds}: in each ten seconds, the first at 2.8 times the rate, the other nine at 0.8. */
    static double scheduled(double seconds, double rate) {
        long decades = (long) (seconds / 10);
        double within = seconds - decades * 10;
        double dueWithin = within < 1 ? within * 2.8 : 2.8 + (within - 1) * 0.8;
        return (decades * 10 + dueWithin) * rate;
    }

    private void sendToKafka(String topic, Map<String, Object> post) {
        Platform platform = WireEnum.parse(Platform.class, (String) post.get("platform"));
        String postId = SocialPost.postIdOf(platform, (String) post.get("externalId"));
        RawPost raw = new RawPost(postId, "generic-api", platform, (String) post.get("brand"), Instant.now(), post,
                Map.of());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, postId, JSON.writeValueAsBytes(raw));
        record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        accepted.acceptedNow(postId);
        producer.send(record, (metadata, error) -> {
            if (error == null) {
                accepted.acceptedNow(postId);
            } else {
                failures.incrementAndGet();
            }
        });
    }

    private void sendOverHttp(HttpEndpoint endpoint, Map<String, Object> post, Semaphore inFlight) {
        Platform platform = WireEnum.parse(Platform.class, (String) post.get("platform"));
        String postId = SocialPost.postIdOf(platform, (String) post.get("externalId"));
        HttpRequest request = HttpRequest.newBuilder(endpoint.postsUrl()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Api-Key", endpoint.apiKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(post))).build();
        accepted.acceptedNow(postId);
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            inFlight.release();
            if (error == null && response.statusCode() == 202) {
                accepted.acceptedNow(postId);
            } else {
                failures.incrementAndGet();
            }
        });
    }

    @Override
    public void close() {
        producer.close();
    }
}
