package dev.parley.ingestion.config;

import dev.parley.ingestion.webhook.SignedWebhook;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.ingestion.webhooks.*}: integrations that post to Parley's own signed webhook,
 * {@code POST /webhooks/generic/<name>}.
 *
 * @param tolerance    how far a delivery's timestamp may be from now (default 5 minutes)
 * @param integrations each integration by name
 */
@ConfigurationProperties("parley.ingestion.webhooks")
public record WebhookProperties(Duration tolerance, Map<String, Integration> integrations) {
    public WebhookProperties {
        tolerance = tolerance == null ? Duration.ofMinutes(5) : tolerance;
        integrations = integrations == null ? Map.of() : Map.copyOf(integrations);
        integrations.forEach((name, integration) -> {
            if (integration.secret() == null || integration.secret().length() < 16) {
                throw new IllegalArgumentException("parley.ingestion.webhooks.integrations." + name
                        + ".secret must be at least 16 characters");
            }
            if (integration.brand() == null || integration.brand().isBlank()) {
                throw new IllegalArgumentException("parley.ingestion.webhooks.integrations." + name + ".brand is required");
            }
        });
    }

    /**
     * @param secret   shared with the sender; signs every delivery
     * @param brand    the brand of posts that name none
     * @param platform the platform of posts that name none (default {@code generic})
     */
    public record Integration(String secret, String brand, String platform) {
        public Integration {
            platform = platform == null ? "generic" : platform;
        }
    }

    public Map<String, SignedWebhook> toWebhooks() {
        return integrations.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> new SignedWebhook(e.getValue().secret(), e.getValue().brand(), e.getValue().platform(), tolerance)));
    }
}
