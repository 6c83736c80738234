package dev.parley.response.web;

import dev.parley.response.audit.AuditEntry;
import dev.parley.response.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The audit log: every call that changes something ({@code POST}, {@code PUT}, {@code DELETE} under {@code /api/v1})
 * is recorded with its caller, the route, the case and the answer; {@code GET /api/v1/audit?caseId=&limit=} reads it.
 */
@RestController
@Component
class AuditTrail implements HandlerInterceptor, WebMvcConfigurer {
    private static final int MAX = 1000;

    private final AuditLog log;
    private final Clock clock;

    AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/**");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (HttpMethod.GET.matches(request.getMethod())) {
            return;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String caseId = variables instanceof Map<?, ?> map && map.get("caseId") instanceof String id && isUuid(id) ? id : null;
        log.record(new AuditEntry(clock.instant(), Actors.current(),
                request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern), caseId,
                response.getStatus()));
    }

    @GetMapping("/api/v1/audit")
    public List<AuditEntry> recent(@RequestParam(required = false) String caseId,
                                   @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX || (caseId != null && !isUuid(caseId))) {
            throw new IllegalArgumentException("limit must be 1.." + MAX + " and caseId a case id");
        }
        return log.recent(caseId, limit);
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
