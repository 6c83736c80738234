package dev.parley.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The local run's API key: made once, kept in {@code <home>/api-key} (readable by its owner only) and given to each
 * service with an API as the SHA-256 it checks keys against, with every role; the response service also calls
 * brand voice with it.
 */
final class LocalApiKey {
    static final String FILE = "api-key";

    private LocalApiKey() {
    }

    /** The key in {@code home}, made on first use. */
    static String of(Path home) {
        Path file = home.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String key = "parley-local-" + HexFormat.of().formatHex(random);
            Files.createDirectories(home);
            Files.writeString(file, key + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the local API key in " + file, e);
        }
    }

    /** The services' settings that accept the key with every role, and the key the response service calls brand voice with. */
    static Map<String, String> environment(String key) {
        try {
            String sha256 = HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
            Map<String, String> env = new HashMap<>();
            // Each service's settings prefix, as an environment variable, and every role of its API.
            Map.of("PARLEY_RESPONSE_SECURITY", "admin", "PARLEY_INGESTION_SECURITY", "ingest,monitor",
                    "PARLEY_ANALYTICS_SECURITY", "analyst", "PARLEY_BRANDVOICE_SECURITY", "check,editor,reader")
                    .forEach((prefix, roles) -> {
                        env.put(prefix + "_APIKEYS_0_NAME", "local-admin");
                        env.put(prefix + "_APIKEYS_0_KEYSHA256", sha256);
                        env.put(prefix + "_APIKEYS_0_ROLES", roles);
                    });
            env.put("BRAND_VOICE_API_KEY", key);
            return env;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
