package dev.parley.ingestion.web;

import dev.parley.events.RawPost;
import dev.parley.events.Topic;
import dev.parley.ingestion.channels.ChannelHealth;
import dev.parley.ingestion.webhook.WebhookItems;
import dev.parley.support.messaging.EventPublisher;
import io.prometheus.client.Counter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every webhook does with a delivery whose signature checked out: read it, split it into items,
 * put its items on the raw topic together (all acknowledged by Kafka before the platform gets its 200), count what
 * was left out, and say both in the answer.
 */
@Component
public class WebhookDeliveries {
    private static final Counter IGNORED = Counter.build()
            .name("parley_ingestion_webhook_items_ignored_total")
            .help("Items in webhook deliveries that are not customer messages, by reason")
            .labelNames("webhook", "reason")
            .register();

    private final EventPublisher publisher;
    private final JsonMapper json;
    private final ChannelHealth health;
    private final Clock clock;

    public WebhookDeliveries(EventPublisher publisher, JsonMapper json, ChannelHealth health, Clock clock) {
        this.publisher = publisher;
        this.json = json;
        this.health = health;
        this.clock = clock;
    }

    ResponseEntity<?> accept(String webhook, byte[] body, Function<Map<String, Object>, WebhookItems> split) {
        Map<String, Object> delivery;
        try {
            delivery = json.readValue(body, new TypeReference<Map<String, Object>>() { });
        } catch (JacksonException e) {
            return problem(HttpStatus.BAD_REQUEST, "the delivery is not a JSON object: " + e.getOriginalMessage());
        }
        WebhookItems items = split.apply(delivery);
        publisher.publishAll(Topic.POSTS_RAW, items.items(), RawPost::postId);
        health.succeeded("webhook:" + webhook, items.items().size(), clock.instant());
        items.ignored().forEach(reason -> IGNORED.labels(webhook, reason).inc());
        return ResponseEntity.ok(new Received(items.items().stream().map(RawPost::postId).toList(), items.ignored()));
    }

    /** What was taken from a delivery, and what was left out and why. */
    public record Received(List<String> accepted, List<String> ignored) {
    }

    static ResponseEntity<ProblemDetail> notConfigured(String setting) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "this webhook is not configured: set " + setting);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
