package dev.parley.ingestion.web;

import dev.parley.ingestion.config.ApiSecurityProperties;
import dev.parley.support.security.ApiSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what: the API ({@code /api/v1}, which the deployment exposes beside the webhooks) needs an API key
 * with a role; the platforms' webhooks ({@code /webhooks/**}) are open to the platforms, which sign each
 * delivery (checked by their controllers), as are health and metrics. Refusals are problem+json: 401 without a
 * valid key, 403 without the role.
 */
@Configuration
class SecurityConfiguration {
    static final String INGEST = "INGEST";
    static final String MONITOR = "MONITOR";

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiSecurityProperties properties) throws Exception {
        return ApiSecurity.withApiKeys(http, properties.apiKeys(),
                        "send an X-Api-Key (parley.ingestion.security.api-keys)")
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/**", "/error", "/webhooks/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/posts").hasRole(INGEST)
                        .requestMatchers(HttpMethod.GET, "/api/v1/channels").hasAnyRole(INGEST, MONITOR)
                        .anyRequest().denyAll())
                .build();
    }

    /** No users with passwords: only API keys (Spring Boot would otherwise make one and log its password). */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
