package dev.parley.ingestion.x;

import dev.parley.ingestion.webhook.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * X's webhook security, keyed with the app's consumer secret: the answer to a challenge-response
 * check and the {@code x-twitter-webhooks-signature} of each delivery, both
 * {@code sha256=<base64 HMAC-SHA256>}.
 */
public final class XSignatures {
    private static final String PREFIX = "sha256=";

    private final HmacSha256 hmac;

    public XSignatures(String consumerSecret) {
        this.hmac = new HmacSha256(consumerSecret);
    }

    /** The {@code response_token} for a CRC request's {@code crc_token}. */
    public String crcResponseToken(String crcToken) {
        return sign(crcToken.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code signatureHeader} is X's signature of exactly these body bytes (constant-time). */
    public boolean isSignedByX(byte[] body, String signatureHeader) {
        if (signatureHeader == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                signatureHeader.trim().getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(byte[] data) {
        return PREFIX + Base64.getEncoder().encodeToString(hmac.sign(data));
    }
}
