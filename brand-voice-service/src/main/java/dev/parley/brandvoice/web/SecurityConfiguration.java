package dev.parley.brandvoice.web;

import dev.parley.support.security.ApiSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what: every {@code /api/v1} call needs an API key with a role; health and metrics are open.
 * Refusals are problem+json: 401 without a valid key, 403 without the role. Keys:
 * {@code parley.brand-voice.security.api-keys} (docs/brand-voice.md), with the roles {@code check} (check drafts:
 * the response service's key), {@code editor} (change a brand's profile, and read) and {@code reader} (read
 * profiles, their versions and the reports); without keys every API call is refused.
 */
@Configuration
class SecurityConfiguration {
    static final String CHECK = "CHECK";
    static final String EDITOR = "EDITOR";
    static final String READER = "READER";

    @Bean
    SecurityFilterChain api(HttpSecurity http, Environment environment) throws Exception {
        return ApiSecurity.apiKeysOnly(http, environment, "parley.brand-voice.security", rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/v1/checks").hasRole(CHECK)
                .requestMatchers(HttpMethod.PUT, "/api/v1/brands/*/profile").hasRole(EDITOR)
                .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAnyRole(READER, EDITOR));
    }
}
