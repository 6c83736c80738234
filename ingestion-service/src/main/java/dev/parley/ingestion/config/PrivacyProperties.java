package dev.parley.ingestion.config;

import dev.parley.ingestion.privacy.Pseudonymisation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.ingestion.privacy.<brand>.*}: which customers' identities are replaced by pseudonyms
 * in everything Parley publishes (see {@link Pseudonymisation}).
 *
 * @param privacy each brand's policy
 */
@ConfigurationProperties("parley.ingestion")
public record PrivacyProperties(Map<String, Policy> privacy) {
    public PrivacyProperties {
        privacy = privacy == null ? Map.of() : Map.copyOf(privacy);
        privacy.forEach((brand, policy) -> {
            if (policy.salt() == null || policy.salt().length() < 16) {
                throw new IllegalArgumentException("parley.ingestion.privacy." + brand
                        + ".salt must be a secret of at least 16 characters");
            }
        });
    }

    /**
     * @param salt          the brand's secret salt (keep it: a new salt gives everyone new pseudonyms)
     * @param everyone      pseudonymise every customer of the brand (default false)
     * @param doNotIdentify author ids or handles of customers who asked not to be identified
     */
    public record Policy(String salt, boolean everyone, List<String> doNotIdentify) {
    }

    public Pseudonymisation toPseudonymisation() {
        return new Pseudonymisation(privacy.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new Pseudonymisation.BrandPolicy(e.getValue().salt(), e.getValue().everyone(),
                        e.getValue().doNotIdentify() == null ? Set.of() : Set.copyOf(e.getValue().doNotIdentify())))));
    }
}
