package dev.parley.ingestion.web;

import dev.parley.events.RawPost;
import dev.parley.events.Topic;
import dev.parley.ingestion.config.XProperties;
import dev.parley.ingestion.x.XAccountActivity;
import dev.parley.ingestion.x.XSignatures;
import dev.parley.support.messaging.EventPublisher;
import io.prometheus.client.Counter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The X Account Activity webhook at {@code /webhooks/x}: {@code GET} answers X's challenge-response
 * check; {@code POST} takes a signed delivery and puts each customer item in it on the raw topic.
 * A delivery whose signature does not match gets 401 and nothing from it is kept.
 */
@RestController
public class XWebhookController {
    static final String SIGNATURE_HEADER = "x-twitter-webhooks-signature";
    private static final Counter IGNORED = Counter.build()
            .name("parley_ingestion_webhook_items_ignored_total")
            .help("Items in webhook deliveries that are not customer messages, by reason")
            .labelNames("source", "reason")
            .register();

    private final XProperties properties;
    /** Empty while no consumer secret is configured. */
    private final Optional<XSignatures> signatures;
    private final EventPublisher publisher;
    private final JsonMapper json;
    private final Clock clock;

    public XWebhookController(XProperties properties, EventPublisher publisher, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.signatures = properties.configured()
                ? Optional.of(new XSignatures(properties.consumerSecret())) : Optional.empty();
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/webhooks/x")
    public ResponseEntity<?> challenge(@RequestParam(name = "crc_token", required = false) String crcToken) {
        if (signatures.isEmpty()) {
            return notConfigured();
        }
        if (crcToken == null || crcToken.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "crc_token is required");
        }
        return ResponseEntity.ok(Map.of("response_token", signatures.get().crcResponseToken(crcToken)));
    }

    @PostMapping("/webhooks/x")
    public ResponseEntity<?> deliver(@RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
                                     @RequestBody byte[] body) {
        if (signatures.isEmpty()) {
            return notConfigured();
        }
        if (!signatures.get().isSignedByX(body, signature)) {
            return problem(HttpStatus.UNAUTHORIZED, signature == null ? SIGNATURE_HEADER + " is missing"
                    : SIGNATURE_HEADER + " does not match the body: not sent by X, or altered on the way");
        }
        Map<String, Object> delivery;
        try {
            delivery = json.readValue(body, new TypeReference<Map<String, Object>>() { });
        } catch (JacksonException e) {
            return problem(HttpStatus.BAD_REQUEST, "the delivery is not a JSON object: " + e.getOriginalMessage());
        }
        XAccountActivity.Split split = XAccountActivity.split(delivery, properties.accounts(), clock.instant());
        for (RawPost item : split.items()) {
            publisher.publish(Topic.POSTS_RAW, item.postId(), item);
        }
        split.ignored().forEach(reason -> IGNORED.labels("x-account-activity", reason).inc());
        return ResponseEntity.ok(new Received(split.items().stream().map(RawPost::postId).toList(), split.ignored()));
    }

    /** What was taken from a delivery, and what was left out and why. */
    public record Received(List<String> accepted, List<String> ignored) {
    }

    private static ResponseEntity<ProblemDetail> notConfigured() {
        return problem(HttpStatus.SERVICE_UNAVAILABLE,
                "the X webhook is not configured: set X_CONSUMER_SECRET (parley.ingestion.x.consumer-secret)");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
