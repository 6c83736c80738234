package dev.parley.brandvoice.profile;

import java.time.Instant;

/**
 * One saved version of a brand's profile, with who changed it and why: the profile's history is its audit trail.
 *
 * @param brand     the brand
 * @param version   1 for the first saved profile, then one more per change
 * @param profile   the guidelines
 * @param changedBy who saved it
 * @param changedAt when
 * @param note      why, as the person saving it said; may be null
 */
public record ProfileVersion(String brand, int version, BrandProfile profile, String changedBy, Instant changedAt,
        String note) {

    /** Recorded on every check made with this version, e.g. {@code acme-air@3}. */
    public String guidelineVersion() {
        return brand + "@" + version;
    }
}
