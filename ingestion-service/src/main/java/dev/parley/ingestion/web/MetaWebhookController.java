package dev.parley.ingestion.web;

import dev.parley.ingestion.config.MetaProperties;
import dev.parley.ingestion.meta.MentionLookup;
import dev.parley.ingestion.meta.MetaSignatures;
import dev.parley.ingestion.meta.MetaWebhook;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Meta webhook at {@code /webhooks/meta} (Facebook Pages, Instagram, Messenger): {@code GET}
 * answers the subscription check; {@code POST} takes a delivery signed in {@code X-Hub-Signature-256}
 * and puts each customer item in it on the raw topic. A bad signature gets 401 and nothing is kept.
 */
@RestController
public class MetaWebhookController {
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private final MetaProperties properties;
    /** Empty while no app secret is configured. */
    private final Optional<MetaSignatures> signatures;
    private final MentionLookup mentions;
    private final WebhookDeliveries deliveries;
    private final Clock clock;

    public MetaWebhookController(MetaProperties properties, MentionLookup mentions, WebhookDeliveries deliveries,
                                 Clock clock) {
        this.properties = properties;
        this.mentions = mentions;
        this.signatures = properties.configured()
                ? Optional.of(new MetaSignatures(properties.appSecret(), properties.verifyToken())) : Optional.empty();
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @GetMapping("/webhooks/meta")
    public ResponseEntity<?> subscribe(@RequestParam(name = "hub.mode", required = false) String mode,
                                       @RequestParam(name = "hub.verify_token", required = false) String token,
                                       @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if (signatures.isEmpty()) {
            return WebhookDeliveries.notConfigured("META_APP_SECRET (parley.ingestion.meta.app-secret)");
        }
        if (!signatures.get().isOurSubscription(mode, token) || challenge == null) {
            return WebhookDeliveries.problem(HttpStatus.FORBIDDEN,
                    "hub.mode must be 'subscribe' and hub.verify_token must match META_VERIFY_TOKEN");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    @PostMapping("/webhooks/meta")
    public ResponseEntity<?> deliver(@RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
                                     @RequestBody byte[] body) {
        if (signatures.isEmpty()) {
            return WebhookDeliveries.notConfigured("META_APP_SECRET (parley.ingestion.meta.app-secret)");
        }
        if (!signatures.get().isSignedByMeta(body, signature)) {
            return WebhookDeliveries.problem(HttpStatus.UNAUTHORIZED, signature == null ? SIGNATURE_HEADER + " is missing"
                    : SIGNATURE_HEADER + " does not match the body: not sent by Meta, or altered on the way");
        }
        return deliveries.accept("meta", body,
                delivery -> MetaWebhook.split(delivery, properties.accounts(), mentions, clock.instant()));
    }
}
