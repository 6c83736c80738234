package dev.parley.support.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates machines by the {@code X-Api-Key} header against the SHA-256 of the configured keys (compared in
 * constant time). A wrong key is answered 401 at once; without the header the request goes on to the service's
 * other checks (a JWT, or none: then its rules refuse it).
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
    public static final String HEADER = "X-Api-Key";

    private final List<ApiKey> keys;
    /** Each key's digest, parsed once: {@code digests[i]} is {@code keys.get(i)}'s. */
    private final byte[][] digests;

    public ApiKeyAuthenticationFilter(List<ApiKey> keys) {
        this.keys = List.copyOf(keys);
        this.digests = this.keys.stream().map(ApiKey::digest).toArray(byte[][]::new);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] digest = sha256(presented);
        ApiKey match = null;
        for (int i = 0; i < digests.length && match == null; i++) {
            if (MessageDigest.isEqual(digests[i], digest)) {
                match = keys.get(i);
            }
        }
        if (match == null) {
            ApiSecurity.problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "unknown API key");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                match.name(), null, match.roles().stream()
                        .map(r -> new SimpleGrantedAuthority("ROLE_" + r.toUpperCase(Locale.ROOT))).toList()));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
