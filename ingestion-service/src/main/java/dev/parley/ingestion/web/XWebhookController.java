package dev.parley.ingestion.web;

import dev.parley.ingestion.config.XProperties;
import dev.parley.ingestion.x.XAccountActivity;
import dev.parley.ingestion.x.XSignatures;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The X Account Activity webhook at {@code /webhooks/x}: {@code GET} answers X's challenge-response
 * check; {@code POST} takes a signed delivery and puts each customer item in it on the raw topic.
 * A delivery whose signature does not match gets 401 and nothing from it is kept.
 */
@RestController
public class XWebhookController {
    static final String SIGNATURE_HEADER = "x-twitter-webhooks-signature";

    private final XProperties properties;
    /** Empty while no consumer secret is configured. */
    private final Optional<XSignatures> signatures;
    private final WebhookDeliveries deliveries;
    private final Clock clock;

    public XWebhookController(XProperties properties, WebhookDeliveries deliveries, Clock clock) {
        this.properties = properties;
        this.signatures = properties.configured()
                ? Optional.of(new XSignatures(properties.consumerSecret())) : Optional.empty();
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @GetMapping("/webhooks/x")
    public ResponseEntity<?> challenge(@RequestParam(name = "crc_token", required = false) String crcToken) {
        if (signatures.isEmpty()) {
            return WebhookDeliveries.notConfigured("X_CONSUMER_SECRET (parley.ingestion.x.consumer-secret)");
        }
        if (crcToken == null || crcToken.isBlank()) {
            return WebhookDeliveries.problem(HttpStatus.BAD_REQUEST, "crc_token is required");
        }
        return ResponseEntity.ok(Map.of("response_token", signatures.get().crcResponseToken(crcToken)));
    }

    @PostMapping("/webhooks/x")
    public ResponseEntity<?> deliver(@RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
                                     @RequestBody byte[] body) {
        if (signatures.isEmpty()) {
            return WebhookDeliveries.notConfigured("X_CONSUMER_SECRET (parley.ingestion.x.consumer-secret)");
        }
        if (!signatures.get().isSignedByX(body, signature)) {
            return WebhookDeliveries.problem(HttpStatus.UNAUTHORIZED, signature == null ? SIGNATURE_HEADER + " is missing"
                    : SIGNATURE_HEADER + " does not match the body: not sent by X, or altered on the way");
        }
        return deliveries.accept("x", body,
                delivery -> XAccountActivity.split(delivery, properties.accounts(), clock.instant()));
    }
}
