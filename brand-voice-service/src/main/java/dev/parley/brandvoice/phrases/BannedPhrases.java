package dev.parley.brandvoice.phrases;

import dev.parley.brandvoice.check.CheckRule;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.check.Findings;
import dev.parley.brandvoice.check.PhrasePatterns;
import dev.parley.brandvoice.profile.BannedPhrase;
import dev.parley.brandvoice.profile.BrandProfile;
import java.util.regex.Matcher;

/** Phrases that undermine the brand promise never go out. */
public class BannedPhrases implements CheckRule {
    public static final String RULE = "banned-phrase";

    @Override
    public void check(Draft draft, BrandProfile profile, Findings findings) {
        for (BannedPhrase banned : profile.bannedPhrases()) {
            Matcher m = PhrasePatterns.of(banned.phrase()).matcher(draft.text());
            while (m.find()) {
                findings.block(RULE, "'" + m.group() + "': " + banned.reason(), m.start(), m.end(),
                        banned.suggestion());
            }
        }
    }
}
