package dev.parley.brandvoice.conventions;

import dev.parley.brandvoice.check.CheckRule;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.check.Findings;
import dev.parley.brandvoice.profile.BrandProfile;
import dev.parley.brandvoice.profile.EmojiPolicy;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The brand's emoji policy; and never a light-hearted emoji to an upset customer unless the brand allows any. */
public class EmojiCheck implements CheckRule {
    public static final String RULE = "emoji";
    /** Pictographs and symbols (with their modifiers and joiners), and the common text emoticons. */
    private static final Pattern EMOJI = Pattern.compile(
            "[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{2B50}\\x{2B55}\\x{2764}][\\x{FE0F}\\x{1F3FB}-\\x{1F3FF}]*"
                    + "(?:\\x{200D}[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}][\\x{FE0F}]*)*"
                    + "|(?<![\\p{L}\\p{N}])(?:[:;]-?[()DPp]|<3)(?![\\p{L}\\p{N}])");

    @Override
    public void check(Draft draft, BrandProfile profile, Findings findings) {
        if (profile.emoji() == EmojiPolicy.ANY) {
            return;
        }
        boolean upset = draft.customer().upset();
        Matcher m = EMOJI.matcher(draft.text());
        int count = 0;
        while (m.find()) {
            count++;
            if (profile.emoji() == EmojiPolicy.NONE) {
                findings.warn(RULE, "this brand does not use emoji", m.start(), m.end(), "leave it out");
            } else if (upset) {
                findings.warn(RULE, "an emoji reads as light-hearted to an upset customer", m.start(), m.end(),
                        "leave it out");
            } else if (count > 1) {
                findings.warn(RULE, "one emoji per reply at most", m.start(), m.end(), "leave it out");
            }
        }
    }
}
