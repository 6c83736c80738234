package dev.parley.brandvoice.check;

import dev.parley.brandvoice.profile.BrandProfile;

/** One concern of the brand check (tone, empathy, personal data, ...). Rules are stateless and thread-safe. */
public interface CheckRule {

    /** Adds to {@code findings} whatever the draft does against this concern. */
    void check(Draft draft, BrandProfile profile, Findings findings);
}
