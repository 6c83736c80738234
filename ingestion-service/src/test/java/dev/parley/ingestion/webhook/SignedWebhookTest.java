package dev.parley.ingestion.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.events.RawPost;
import dev.parley.ingestion.posts.FieldError;
import dev.parley.ingestion.posts.GenericPostParser;
import dev.parley.ingestion.posts.InvalidPostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedWebhookTest {
    private static final byte[] BODY = "{\"externalId\":\"t-1\",\"author\":{\"id\":\"c9\"},\"text\":\"My order never came\"}"
            .getBytes(StandardCharsets.UTF_8);
    /** Computed with Python's hmac module: hmac.new(secret, b"1795348800." + body, sha256). */
    private static final String SIGNATURE = "sha256=1e6abf43f27f205ea2a9977fac67d44cdb5002ecaa0c23b41123655cc43a6f61";
    private static final Instant SENT = Instant.ofEpochSecond(1795348800L);

    private final SignedWebhook webhook = new SignedWebhook("helpdesk-secret-0123", "acme-air", "generic",
            Duration.ofMinutes(5));

    @Test
    void acceptsADeliverySignedWithTheSecretOverTimestampAndBody() {
        assertThat(webhook.sign(BODY, SENT.getEpochSecond())).isEqualTo(SIGNATURE);
        assertThat(webhook.refusal(BODY, "1795348800", SIGNATURE.toUpperCase().replace("SHA256", "sha256"),
                SENT.plusSeconds(30))).isNull();
    }

    @Test
    void refusesForgedAlteredAndReplayedDeliveries() {
        byte[] altered = "{\"externalId\":\"t-1\",\"author\":{\"id\":\"c9\"},\"text\":\"My order came\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(webhook.refusal(altered, "1795348800", SIGNATURE, SENT)).contains("does not match the body");
        assertThat(webhook.refusal(BODY, "1795348801", SIGNATURE, SENT)).contains("does not match the body");
        assertThat(webhook.refusal(BODY, "1795348800", SIGNATURE, SENT.plus(Duration.ofMinutes(6))))
                .contains("more than 300 s from now");
        assertThat(webhook.refusal(BODY, null, SIGNATURE, SENT)).contains("are required");
        assertThat(webhook.refusal(BODY, "yesterday", SIGNATURE, SENT)).contains("epoch seconds");
    }

    @Test
    void splitsABatchFillingInTheIntegrationsBrandAndPlatform() {
        var items = webhook.split(Map.of("posts", List.of(
                Map.of("externalId", "t-1", "author", Map.of("id", "c9"), "text", "My order never came"),
                Map.of("externalId", "r-7", "platform", "review", "brand", "globex", "author", Map.of("id", "c3"),
                        "text", "Two stars"))), new GenericPostParser(), SENT);

        assertThat(items.items()).extracting(RawPost::postId).containsExactly("generic:t-1", "review:r-7");
        assertThat(items.items()).extracting(RawPost::brand).containsExactly("acme-air", "globex");
    }

    @Test
    void namesEveryBadFieldOfEveryPost() {
        InvalidPostException invalid = catchThrowableOfType(InvalidPostException.class, () -> webhook.split(
                Map.of("posts", List.of(Map.of("externalId", "ok", "author", Map.of("id", "1"), "text", "fine"),
                        Map.of("externalId", "bad", "author", Map.of("id", "1")), "not a post")),
                new GenericPostParser(), SENT));

        assertThat(invalid.errors()).containsExactly(new FieldError("posts[1].text", "is required"),
                new FieldError("posts[2]", "must be an object"));
    }
}
