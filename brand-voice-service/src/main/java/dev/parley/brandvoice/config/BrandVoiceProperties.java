package dev.parley.brandvoice.config;

import dev.parley.brandvoice.check.BannedPhrase;
import dev.parley.brandvoice.check.BrandGuidelines;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.brand-voice.brands.<brand>}: each brand's guidelines, from configuration until brand
 * voice issue #6 moves them behind a versioned API. A brand without its own entry gets {@code default}'s.
 *
 * @param brands guidelines by brand id
 */
@ConfigurationProperties("parley.brand-voice")
public record BrandVoiceProperties(Map<String, Brand> brands) {
    public static final String DEFAULT_BRAND = "default";

    public BrandVoiceProperties {
        brands = brands == null ? Map.of() : Map.copyOf(brands);
        if (!brands.containsKey(DEFAULT_BRAND)) {
            throw new IllegalArgumentException("parley.brand-voice.brands.default must be configured");
        }
    }

    public BrandGuidelines guidelinesFor(String brand) {
        Brand configured = brands.getOrDefault(brand, brands.get(DEFAULT_BRAND));
        return new BrandGuidelines(brand, configured.version(), configured.bannedPhrases());
    }

    /**
     * @param version       shown on every check made with these guidelines
     * @param bannedPhrases phrases that must never reach a customer
     */
    public record Brand(String version, List<BannedPhrase> bannedPhrases) {
        public Brand {
            if (version == null || version.isBlank()) {
                throw new IllegalArgumentException("each brand's guidelines need a version");
            }
            bannedPhrases = bannedPhrases == null ? List.of() : List.copyOf(bannedPhrases);
        }
    }
}
