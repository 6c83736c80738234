package dev.parley.brandvoice.config;

import dev.parley.brandvoice.profile.BrandProfile;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code parley.brand-voice.*}. Each brand's own guidelines are managed through the profile API
 * ({@code PUT /api/v1/brands/{brand}/profile}); these settings give the profile for brands that have none yet.
 *
 * @param defaultProfile the guidelines of every brand without a saved profile (checks record it as
 *                       {@code default@0})
 * @param profileRefresh how long a replica keeps a brand's profile before reading it again: a saved change reaches
 *                       every replica within this time
 */
@ConfigurationProperties("parley.brand-voice")
public record BrandVoiceProperties(BrandProfile defaultProfile, @DefaultValue("10s") Duration profileRefresh) {
    public BrandVoiceProperties {
        if (defaultProfile == null) {
            throw new IllegalArgumentException("parley.brand-voice.default-profile must be configured");
        }
        if (profileRefresh.isNegative()) {
            throw new IllegalArgumentException("parley.brand-voice.profile-refresh must not be negative");
        }
    }
}
