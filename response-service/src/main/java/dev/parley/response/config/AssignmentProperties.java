package dev.parley.response.config;

import dev.parley.response.assignment.AssignmentStrategy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.response.assignment.*}.
 *
 * @param autoAssign     give arriving cases to an agent of their team automatically (default true)
 * @param strategy       least-loaded (default) or round-robin
 * @param presenceTtl    how long an agent counts as viewing or drafting after their client last said so (default 30 s)
 */
@ConfigurationProperties("parley.response.assignment")
public record AssignmentProperties(Boolean autoAssign, AssignmentStrategy strategy, Duration presenceTtl) {
    public AssignmentProperties {
        autoAssign = autoAssign == null || autoAssign;
        strategy = strategy == null ? AssignmentStrategy.LEAST_LOADED : strategy;
        presenceTtl = presenceTtl == null ? Duration.ofSeconds(30) : presenceTtl;
        if (presenceTtl.isNegative() || presenceTtl.isZero()) {
            throw new IllegalArgumentException("parley.response.assignment.presence-ttl must be positive, was " + presenceTtl);
        }
    }
}
