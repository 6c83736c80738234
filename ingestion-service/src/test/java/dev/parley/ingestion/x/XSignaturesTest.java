package dev.parley.ingestion.x;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Expected values computed independently (Python's hmac and base64 modules). */
class XSignaturesTest {
    private final XSignatures signatures = new XSignatures("x-app-secret");

    @Test
    void answersTheChallengeResponseCheck() {
        assertThat(signatures.crcResponseToken("challenge-123"))
                .isEqualTo("sha256=KV9NC+UlHH7iGxojE539H5ZW+/Yzkh0etsdwu08wAOw=");
    }

    @Test
    void acceptsOnlyTheSignatureOfTheExactBody() {
        byte[] body = "{\"for_user_id\":\"1\"}".getBytes(StandardCharsets.UTF_8);
        String signature = "sha256=Dc5An/LYUMtkaToAortZvr8BRx+kpfD75YHXHFPSx60=";

        assertThat(signatures.isSignedByX(body, signature)).isTrue();
        assertThat(signatures.isSignedByX("{\"for_user_id\":\"2\"}".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        assertThat(new XSignatures("another-secret").isSignedByX(body, signature)).isFalse();
        assertThat(signatures.isSignedByX(body, null)).isFalse();
    }
}
