package dev.parley.ingestion.web;

import dev.parley.ingestion.config.WebhookProperties;
import dev.parley.ingestion.posts.GenericPostParser;
import dev.parley.ingestion.webhook.SignedWebhook;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/generic/<integration>}: Parley's own signed webhook (see {@link SignedWebhook}).
 * An unknown integration is 404; a bad signature or stale timestamp 401, and nothing is kept; bad posts
 * 400 with every bad field; otherwise 200 once Kafka holds every post.
 */
@RestController
public class GenericWebhookController {
    private final Map<String, SignedWebhook> webhooks;
    private final GenericPostParser parser;
    private final WebhookDeliveries deliveries;
    private final Clock clock;

    public GenericWebhookController(WebhookProperties properties, GenericPostParser parser, WebhookDeliveries deliveries,
                                    Clock clock) {
        this.webhooks = properties.toWebhooks();
        this.parser = parser;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @PostMapping("/webhooks/generic/{integration}")
    public ResponseEntity<?> deliver(@PathVariable String integration,
                                     @RequestHeader(name = SignedWebhook.TIMESTAMP_HEADER, required = false) String timestamp,
                                     @RequestHeader(name = SignedWebhook.SIGNATURE_HEADER, required = false) String signature,
                                     @RequestBody byte[] body) {
        SignedWebhook webhook = webhooks.get(integration);
        if (webhook == null) {
            return WebhookDeliveries.problem(HttpStatus.NOT_FOUND, "no integration '" + integration
                    + "': configure parley.ingestion.webhooks.integrations." + integration + ".*");
        }
        String refusal = webhook.refusal(body, timestamp, signature, clock.instant());
        if (refusal != null) {
            return WebhookDeliveries.problem(HttpStatus.UNAUTHORIZED, refusal);
        }
        return deliveries.accept("generic:" + integration, body,
                delivery -> webhook.split(delivery, parser, clock.instant()));
    }
}
