package dev.parley.response.web;

import dev.parley.response.config.SecurityProperties;
import dev.parley.support.security.ApiSecurity;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what: every {@code /api/v1} call needs a JWT (when the identity provider is configured) or an API
 * key, and a role; health, metrics and the API's description are open. Refusals are problem+json: 401 without valid credentials, 403
 * without the role.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties, ObjectProvider<JwtDecoder> jwt)
            throws Exception {
        String agent = Role.AGENT.name();
        String supervisor = Role.SUPERVISOR.name();
        String analyst = Role.ANALYST.name();
        String admin = Role.ADMIN.name();
        ApiSecurity.withApiKeys(http, properties.apiKeys(),
                        "send a bearer token from the identity provider or an X-Api-Key")
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/**", "/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit").hasAnyRole(supervisor, admin)
                        .requestMatchers(HttpMethod.POST, "/api/v1/cases/*/assign", "/api/v1/cases/*/replies/*/approve",
                                "/api/v1/cases/*/replies/*/reject").hasAnyRole(supervisor, admin)
                        .requestMatchers(HttpMethod.GET, "/api/v1/settings/**").hasAnyRole(agent, supervisor, admin)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/settings/**").hasAnyRole(supervisor, admin)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/agents/**").hasAnyRole(supervisor, admin)
                        .requestMatchers(HttpMethod.GET, "/api/v1/agents").hasAnyRole(agent, supervisor, admin)
                        .requestMatchers(HttpMethod.GET, "/api/v1/saved-replies").hasAnyRole(agent, supervisor, admin)
                        .requestMatchers("/api/v1/saved-replies", "/api/v1/saved-replies/**").hasAnyRole(supervisor, admin)
                        .requestMatchers(HttpMethod.GET, "/api/v1/cases", "/api/v1/cases/**")
                        .hasAnyRole(agent, supervisor, analyst, admin)
                        .requestMatchers(HttpMethod.POST, "/api/v1/cases/**").hasAnyRole(agent, supervisor, admin)
                        .anyRequest().denyAll());
        if (jwt.getIfAvailable() != null) {
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(roles(properties.rolesClaim()))));
        }
        return http.build();
    }

    /** The JWT's subject is the caller; the roles claim (a list or a space-separated string) gives the roles. */
    static Converter<Jwt, AbstractAuthenticationToken> roles(String claim) {
        return token -> {
            Object value = token.getClaims().get(claim);
            Collection<String> names = value instanceof Collection<?> list ? list.stream().map(String::valueOf).toList()
                    : value instanceof String text ? List.of(text.split("\\s+")) : List.of();
            List<GrantedAuthority> authorities = names.stream().filter(n -> !n.isBlank())
                    .map(n -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + n.toUpperCase(Locale.ROOT))).toList();
            return new JwtAuthenticationToken(token, authorities, token.getSubject());
        };
    }
}
