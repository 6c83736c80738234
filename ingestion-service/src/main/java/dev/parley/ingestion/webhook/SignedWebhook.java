package dev.parley.ingestion.webhook;

import dev.parley.events.RawPost;
import dev.parley.ingestion.posts.FieldError;
import dev.parley.ingestion.posts.GenericPostParser;
import dev.parley.ingestion.posts.InvalidPostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parley's own signed webhook, for any source without a connector (a help desk, a forum, an app
 * store scraper). Each integration has a name, a secret, a brand and a platform. A delivery carries
 * {@code X-Parley-Timestamp} (epoch seconds) and {@code X-Parley-Signature: sha256=<lower-case hex
 * HMAC-SHA256 of "<timestamp>.<body>">}; a delivery older or newer than the tolerance is refused, so
 * a captured delivery cannot be replayed later. The body is one generic post (the JSON of
 * {@code POST /api/v1/posts}) or {@code {"posts": [ ... ]}}; {@code brand} and {@code platform} default
 * to the integration's.
 */
public final class SignedWebhook {
    public static final String SIGNATURE_HEADER = "X-Parley-Signature";
    public static final String TIMESTAMP_HEADER = "X-Parley-Timestamp";

    private final HmacSha256 hmac;
    private final String brand;
    private final String platform;
    private final Duration tolerance;

    public SignedWebhook(String secret, String brand, String platform, Duration tolerance) {
        this.hmac = new HmacSha256(secret);
        this.brand = brand;
        this.platform = platform;
        this.tolerance = tolerance;
    }

    /** Why a delivery is not authentic, or null when it is. */
    public String refusal(byte[] body, String timestamp, String signature, Instant now) {
        if (timestamp == null || signature == null) {
            return TIMESTAMP_HEADER + " and " + SIGNATURE_HEADER + " are required";
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return TIMESTAMP_HEADER + " must be epoch seconds";
        }
        if (Math.abs(now.getEpochSecond() - sentAt) > tolerance.toSeconds()) {
            return TIMESTAMP_HEADER + " is more than " + tolerance.toSeconds() + " s from now: a replay, or a clock out of step";
        }
        String expected = sign(body, sentAt);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))
                ? null : SIGNATURE_HEADER + " does not match the body: not signed with this integration's secret, or altered";
    }

    /** The signature of {@code body} sent at {@code epochSeconds}: what a sender puts in {@value #SIGNATURE_HEADER}. */
    public String sign(byte[] body, long epochSeconds) {
        byte[] prefix = (epochSeconds + ".").getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        return "sha256=" + HexFormat.of().formatHex(hmac.sign(signed));
    }

    /**
     * The posts of an authentic delivery, each checked as {@code POST /api/v1/posts} checks it.
     *
     * @throws InvalidPostException listing every bad field of every post ({@code posts[2].text: ...})
     */
    @SuppressWarnings("unchecked")
    public WebhookItems split(Map<String, Object> delivery, GenericPostParser parser, Instant receivedAt) {
        List<Map<String, Object>> posts = delivery.containsKey("posts") && delivery.get("posts") instanceof List<?> list
                ? (List<Map<String, Object>>) list : List.of(delivery);
        List<RawPost> items = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            Object entry = posts.get(i);
            String path = delivery.containsKey("posts") ? "posts[" + i + "]." : "";
            if (!(entry instanceof Map<?, ?>)) {
                errors.add(new FieldError("posts[" + i + "]", "must be an object"));
                continue;
            }
            Map<String, Object> post = new HashMap<>((Map<String, Object>) entry);
            post.putIfAbsent("brand", brand);
            post.putIfAbsent("platform", platform);
            try {
                var parsed = parser.parse(post, receivedAt);
                items.add(new RawPost(parsed.postId(), GenericPostParser.SOURCE, parsed.platform(), parsed.brand(),
                        receivedAt, post, Map.of()));
            } catch (InvalidPostException e) {
                e.errors().forEach(error -> errors.add(new FieldError(path + error.field(), error.reason())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidPostException(errors);
        }
        return new WebhookItems(items, List.of());
    }
}
