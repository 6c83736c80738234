package dev.parley.response.brandcheck;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parley.brand-voice.*}: how the response service reaches brand voice.
 *
 * @param url                  base URL of brand-voice-service ({@code BRAND_VOICE_URL})
 * @param apiKey               the key sent as {@code X-Api-Key}, one of brand voice's with the role {@code check}
 *                             ({@code BRAND_VOICE_API_KEY}); none: checks are refused and replies held
 * @param timeout              longest wait for one verdict; slower counts as unavailable
 * @param failureRateThreshold percentage of failed calls (of the last 10) that opens the circuit
 * @param openFor              how long an open circuit refuses calls before trying again
 */
@ConfigurationProperties("parley.brand-voice")
public record BrandVoiceClientProperties(
        @DefaultValue("http://localhost:8085") URI url,
        String apiKey,
        @DefaultValue("2s") Duration timeout,
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("10s") Duration openFor) {

    public BrandVoiceClientProperties {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("parley.brand-voice.url must be http(s), was " + url);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("parley.brand-voice.timeout must be positive");
        }
        if (failureRateThreshold <= 0 || failureRateThreshold > 100) {
            throw new IllegalArgumentException("parley.brand-voice.failure-rate-threshold must be in (0, 100]");
        }
    }
}
