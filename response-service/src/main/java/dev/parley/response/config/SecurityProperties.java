package dev.parley.response.config;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /**
     * @param name      who the key belongs to; recorded as the actor in the audit log
     * @param keySha256 the SHA-256 of the key, hex ({@code printf %s "$KEY" | sha256sum})
     * @param roles     what the key may do
     */
    public record ApiKey(String name, String keySha256, Set<String> roles) {
        public ApiKey {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("an API key needs a name");
            }
            if (keySha256 == null || !keySha256.matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("API key " + name + ": key-sha256 must be 64 hex digits");
            }
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("API key " + name + " needs at least one role");
            }
        }

        public byte[] digest() {
            return HexFormat.of().parseHex(keySha256.toLowerCase(Locale.ROOT));
        }
    }
}
