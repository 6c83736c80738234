package dev.parley.support.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * What every service's API security has in common, for its {@code SecurityFilterChain} to add its rules to: no
 * sessions and so no CSRF (callers send credentials with every request), API keys checked first
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
                .addFilterBefore(new ApiKeyAuthenticationFilter(keys), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problem(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", howToAuthenticate))
                        .accessDeniedHandler((request, response, e) -> problem(response,
                                HttpServletResponse.SC_FORBIDDEN, "Forbidden", e.getMessage())));
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
