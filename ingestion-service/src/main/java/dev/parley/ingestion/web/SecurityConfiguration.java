package dev.parley.ingestion.web;

import dev.parley.support.security.ApiSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what: the API ({@code /api/v1}, which the deployment exposes beside the webhooks) needs an API key
 * with a role; the platforms' webhooks ({@code /webhooks/**}) are open to the platforms, which sign each
 * delivery (checked by their controllers), as are health and metrics. Refusals are problem+json: 401 without a
 * valid key, 403 without the role. Keys: {@code parley.ingestion.security.api-keys} (docs/ingestion.md), with the
 * roles {@code ingest} (post, read channel health) and {@code monitor} (read channel health); without keys every
 * API call is refused.
 */
@Configuration
class SecurityConfiguration {
    static final String INGEST = "INGEST";
    static final String MONITOR = "MONITOR";

    @Bean
    SecurityFilterChain api(HttpSecurity http, Environment environment) throws Exception {
        return ApiSecurity.apiKeysOnly(http, environment, "parley.ingestion.security", rules -> rules
                .requestMatchers("/webhooks/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/posts").hasRole(INGEST)
                .requestMatchers(HttpMethod.GET, "/api/v1/channels").hasAnyRole(INGEST, MONITOR));
    }
}
