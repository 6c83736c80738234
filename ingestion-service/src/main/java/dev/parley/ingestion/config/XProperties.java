package dev.parley.ingestion.config;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.ingestion.x.*}: the X (Twitter) Account Activity webhook.
 *
 * @param consumerSecret the X app's consumer secret ({@code X_CONSUMER_SECRET}); it signs CRC answers and
 *                       verifies deliveries. Empty: the webhook answers 503 "not configured"
 * @param accounts       the brand of each subscribed X account, by its numeric user id; deliveries for
 *                       other accounts are counted as ignored
 */
@ConfigurationProperties("parley.ingestion.x")
public record XProperties(String consumerSecret, Map<String, String> accounts) {
    public XProperties {
        consumerSecret = consumerSecret == null ? "" : consumerSecret;
        accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
        accounts.forEach((userId, brand) -> {
            if (!userId.matches("\\d+")) {
                throw new IllegalArgumentException("parley.ingestion.x.accounts keys are numeric X user ids, got '"
                        + userId + "'");
            }
            if (brand == null || brand.isBlank()) {
                throw new IllegalArgumentException("parley.ingestion.x.accounts." + userId + " needs a brand");
            }
        });
    }

    public boolean configured() {
        return !consumerSecret.isBlank();
    }
}
