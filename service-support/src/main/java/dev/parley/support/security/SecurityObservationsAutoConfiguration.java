package dev.parley.support.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security's own observations off in every service with an API: with them, Spring Security wraps each
 * filter of its chain and each authorization check in an observation on every call, even when a predicate then
 * drops them (docs/performance.md). Requests are still timed as {@code http.server.requests}. A
 * service that wants them declares its own {@link SecurityObservationSettings}.
 */
@AutoConfiguration
@ConditionalOnClass(SecurityObservationSettings.class)
public class SecurityObservationsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
