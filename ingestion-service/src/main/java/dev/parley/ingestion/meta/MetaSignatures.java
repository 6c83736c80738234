package dev.parley.ingestion.meta;

import dev.parley.ingestion.webhook.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Meta's webhook security: the subscription check ({@code hub.verify_token} must be ours) and the
 * {@code X-Hub-Signature-256} of each delivery, {@code sha256=<lower-case hex HMAC-SHA256 of the body>}
 * keyed with the app secret.
 */
public final class MetaSignatures {
    private final HmacSha256 hmac;
    private final String verifyToken;

    public MetaSignatures(String appSecret, String verifyToken) {
        this.hmac = new HmacSha256(appSecret);
        this.verifyToken = verifyToken;
    }

    /** Whether a {@code GET} subscription check is Meta's, for our app. */
    public boolean isOurSubscription(String mode, String token) {
        return "subscribe".equals(mode) && token != null
                && MessageDigest.isEqual(verifyToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isSignedByMeta(byte[] body, String signatureHeader) {
        if (signatureHeader == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                signatureHeader.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    String sign(byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(hmac.sign(body));
    }
}
