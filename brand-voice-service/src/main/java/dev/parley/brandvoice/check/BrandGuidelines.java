package dev.parley.brandvoice.check;

import java.util.List;

/** One version of one brand's guidelines. Brand voice issue #6 adds tone, empathy, clarity and privacy. */
public record BrandGuidelines(String brand, String version, List<BannedPhrase> bannedPhrases) {
    public BrandGuidelines {
        bannedPhrases = List.copyOf(bannedPhrases);
    }
}
