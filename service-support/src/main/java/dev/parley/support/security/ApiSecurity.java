package dev.parley.support.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * What every service's API security has in common, for its {@code SecurityFilterChain} to add its rules to: no
 * sessions and so no CSRF, logout or saved requests (callers send credentials with every request; a browser's
 * login flow is not served), API keys checked first
 * ({@link ApiKeyAuthenticationFilter}), and refusals as problem+json: 401 saying how to authenticate, 403
 * without the role.
 */
public final class ApiSecurity {
    private ApiSecurity() {
    }

    /**
     * @param howToAuthenticate the 401's detail, e.g. "send an X-Api-Key"
     */
    public static HttpSecurity withApiKeys(HttpSecurity http, List<ApiKey> keys, String howToAuthenticate)
            throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problem(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", howToAuthenticate))
                        .accessDeniedHandler((request, response, e) -> problem(response,
                                HttpServletResponse.SC_FORBIDDEN, "Forbidden", e.getMessage())));
    }

    /**
     * The chain of a service that takes API keys alone, configured under {@code <prefix>.api-keys}: health and
     * metrics ({@code /actuator/**}) are open, {@code rules} say which role may call what, and anything they do not
     * name is refused.
     */
    public static SecurityFilterChain apiKeysOnly(HttpSecurity http, Environment environment, String prefix,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
            throws Exception {
        return withApiKeys(http, configuredKeys(environment, prefix), "send an X-Api-Key (" + prefix + ".api-keys)")
                .authorizeHttpRequests(registry -> {
                    registry.requestMatchers("/actuator/**", "/error").permitAll();
                    rules.customize(registry);
                    registry.anyRequest().denyAll();
                })
                .build();
    }

    /**
     * The API keys configured under {@code <prefix>.api-keys} (a list of {@link ApiKey}: {@code name},
     * {@code key-sha256}, {@code roles}), none when unset; a key missing a part fails the start with the reason.
     */
    static List<ApiKey> configuredKeys(Environment environment, String prefix) {
        return Binder.get(environment).bind(prefix + ".api-keys", Bindable.listOf(ApiKey.class)).orElse(List.of());
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
