package dev.parley.response.config;

import dev.parley.support.security.ApiKey;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.response.security.*}. JWTs are checked with Spring Boot's own settings
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code jwk-set-uri} or {@code public-key-location});
 * these add where their roles are and the API keys of machines.
 *
 * @param rolesClaim the JWT claim that lists the caller's roles (default {@code roles}): agent, supervisor, analyst, admin
 * @param apiKeys    keys for machines, each stored as the SHA-256 of the key (never the key itself)
 */
@ConfigurationProperties("parley.response.security")
public record SecurityProperties(String rolesClaim, List<ApiKey> apiKeys) {
    public SecurityProperties {
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
    }
}
