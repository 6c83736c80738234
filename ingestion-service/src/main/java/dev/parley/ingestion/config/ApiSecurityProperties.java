package dev.parley.ingestion.config;

import dev.parley.support.security.ApiKey;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.ingestion.security.*}: who may call the API ({@code /api/v1}); the platforms' webhooks are
 * checked by their own signatures instead. Without keys every API call is refused.
 *
 * @param apiKeys keys for machines, each stored as the SHA-256 of the key (never the key itself), with the roles
 *                {@code ingest} (post through {@code POST /api/v1/posts}) and {@code monitor} (read
 *                {@code GET /api/v1/channels}; {@code ingest} may too)
 */
@ConfigurationProperties("parley.ingestion.security")
public record ApiSecurityProperties(List<ApiKey> apiKeys) {
    public ApiSecurityProperties {
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
    }
}
