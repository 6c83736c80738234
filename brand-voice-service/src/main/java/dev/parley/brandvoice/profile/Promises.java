package dev.parley.brandvoice.profile;

import java.time.Duration;
import java.util.List;

/**
 * Commitments a reply must not make.
 *
 * @param forbidden          words that promise more than anyone can keep (e.g. {@code guarantee})
 * @param fastestResolution  the quickest the organisation can really resolve a case (what its SLA promises);
 *                           a reply promising anything sooner is flagged. Null: no time promises are checked
 */
public record Promises(List<String> forbidden, Duration fastestResolution) {
    public static final Promises NONE = new Promises(List.of(), null);

    public Promises {
        forbidden = BrandProfile.nonBlank(forbidden, "promises.forbidden");
        if (fastestResolution != null && (fastestResolution.isNegative() || fastestResolution.isZero())) {
            throw new IllegalArgumentException("promises.fastestResolution must be positive");
        }
    }
}
