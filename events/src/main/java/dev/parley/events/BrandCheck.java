package dev.parley.events;

import java.time.Instant;
import java.util.List;

/**
 * The result of checking one draft reply against a brand's guidelines. Schema {@code brand-check.v1}.
 *
 * @param checkId          unique id of the check; a reply records the check that passed it
 * @param brand            the brand whose guidelines were applied
 * @param guidelineVersion the version of those guidelines
 * @param verdict          the worst severity among the violations, or pass
 * @param score            0 (far from the brand's voice) to 100 (on brand)
 * @param violations       what was found, in order of position
 * @param checkedAt        when the check ran
 */
public record BrandCheck(
        String checkId,
        String brand,
        String guidelineVersion,
        Verdict verdict,
        int score,
        List<Violation> violations,
        Instant checkedAt) {
    public BrandCheck {
        violations = List.copyOf(violations);
    }
}
