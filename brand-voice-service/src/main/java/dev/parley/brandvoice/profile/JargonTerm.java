package dev.parley.brandvoice.profile;

/**
 * An internal term customers may not know.
 *
 * @param term  matched case-sensitively when it is all capitals (acronyms), else case-insensitively
 * @param plain what to say instead
 */
public record JargonTerm(String term, String plain) {
    public JargonTerm {
        term = BrandProfile.required(term, "jargon[].term");
        plain = BrandProfile.required(plain, "jargon[" + term + "].plain");
    }
}
