package dev.parley.triage.web;

import dev.parley.support.security.ApiSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what: the API ({@code /api/v1}: the model's drift from agents' corrections) needs an API key with
 * the role {@code analyst}; health and metrics are open. Keys: {@code parley.triage.security.api-keys}
 * (docs/triage.md); without keys every API call is refused.
 */
@Configuration
class SecurityConfiguration {
    static final String ANALYST = "ANALYST";

    @Bean
    SecurityFilterChain api(HttpSecurity http, Environment environment) throws Exception {
        return ApiSecurity.apiKeysOnly(http, environment, "parley.triage.security", rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/v1/**").hasRole(ANALYST));
    }
}
