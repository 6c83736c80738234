package dev.parley.support.security;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * A machine's API key, kept as the SHA-256 of the key (never the key itself), and what it may do.
 *
 * @param name      who the key belongs to; the caller's name (the response service's audit log records it)
 * @param keySha256 the SHA-256 of the key, hex ({@code printf %s "$KEY" | sha256sum})
 * @param roles     what the key may do (each service names its roles)
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
