package dev.parley.analytics.web;

import dev.parley.support.security.ApiSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what: the API ({@code /api/v1}) and the reports ({@code /reports}) need an API key with the role
 * {@code analyst}; health and metrics are open. Refusals are problem+json: 401 without a valid key, 403 without
 * the role. Keys: {@code parley.analytics.security.api-keys} (docs/analytics.md); without keys every call is
 * refused. BI tools read the {@code parley.analytics.*} topics instead.
 */
@Configuration
class SecurityConfiguration {
    static final String ANALYST = "ANALYST";

    @Bean
    SecurityFilterChain api(HttpSecurity http, Environment environment) throws Exception {
        return ApiSecurity.apiKeysOnly(http, environment, "parley.analytics.security", rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/v1/**", "/reports/**").hasRole(ANALYST)
                .requestMatchers(HttpMethod.POST, "/api/v1/improvements").hasRole(ANALYST));
    }
}
