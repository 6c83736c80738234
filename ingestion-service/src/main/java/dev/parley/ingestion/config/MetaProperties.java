package dev.parley.ingestion.config;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.ingestion.meta.*}: the Meta webhook for Facebook Pages, Instagram and Messenger.
 *
 * @param appSecret   the Meta app's secret ({@code META_APP_SECRET}); verifies {@code X-Hub-Signature-256}.
 *                    Empty: the webhook answers 503 "not configured"
 * @param verifyToken the token entered in the app's webhook settings ({@code META_VERIFY_TOKEN})
 * @param accounts    the brand of each subscribed Page or Instagram account, by its id; deliveries for
 *                    other accounts are counted as ignored
 */
@ConfigurationProperties("parley.ingestion.meta")
public record MetaProperties(String appSecret, String verifyToken, Map<String, String> accounts) {
    public MetaProperties {
        appSecret = appSecret == null ? "" : appSecret;
        verifyToken = verifyToken == null ? "" : verifyToken;
        accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
        if (!appSecret.isBlank() && verifyToken.isBlank()) {
            throw new IllegalArgumentException("parley.ingestion.meta.verify-token (META_VERIFY_TOKEN) is required "
                    + "with an app secret: Meta's subscription check sends it");
        }
        accounts.forEach((id, brand) -> {
            if (brand == null || brand.isBlank()) {
                throw new IllegalArgumentException("parley.ingestion.meta.accounts." + id + " needs a brand");
            }
        });
    }

    public boolean configured() {
        return !appSecret.isBlank();
    }
}
