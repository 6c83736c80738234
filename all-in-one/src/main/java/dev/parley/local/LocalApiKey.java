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
import java.util.HexFormat;
import java.util.Map;

/**
 * The local run's API key: made once, kept in {@code <home>/api-key} (readable by its owner only) and given to the
 * services with an API as the SHA-256 they check keys against: an admin of the response service, and ingestion's
 * posts and channels.
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

    /** The services' settings that accept the key with every role. */
    static Map<String, String> environment(String key) {
        try {
            String sha256 = HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
            return Map.of("PARLEY_RESPONSE_SECURITY_APIKEYS_0_NAME", "local-admin",
                    "PARLEY_RESPONSE_SECURITY_APIKEYS_0_KEYSHA256", sha256,
                    "PARLEY_RESPONSE_SECURITY_APIKEYS_0_ROLES", "admin",
                    "PARLEY_INGESTION_SECURITY_APIKEYS_0_NAME", "local-admin",
                    "PARLEY_INGESTION_SECURITY_APIKEYS_0_KEYSHA256", sha256,
                    "PARLEY_INGESTION_SECURITY_APIKEYS_0_ROLES", "ingest,monitor");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
