package dev.parley.ingestion.outbound;

import dev.parley.ingestion.platform.PlatformCallException;
import java.util.Map;

/** One platform's access token for each brand that replies there. */
public record BrandCredentials(String platform, String setting, Map<String, String> tokensByBrand) {
    public BrandCredentials {
        tokensByBrand = Map.copyOf(tokensByBrand);
    }

    /**
     * @throws PlatformCallException naming the setting, when the brand has no token for this platform
     */
    public String tokenOf(String brand) {
        String token = tokensByBrand.get(brand);
        if (token == null || token.isBlank()) {
            throw new PlatformCallException("no " + platform + " credentials for brand " + brand + ": set "
                    + setting.replace("<brand>", brand), 0, false, null, null);
        }
        return token;
    }
}
