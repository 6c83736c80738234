package dev.parley.brandvoice.conventions;

import dev.parley.brandvoice.check.CheckRule;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.check.Findings;
import dev.parley.brandvoice.profile.BrandProfile;
import dev.parley.brandvoice.profile.PlatformConvention;
import dev.parley.brandvoice.profile.PlatformConvention.HandleMention;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the platform allows and the brand does there: length, the customer's handle, hashtags. */
public class PlatformConventions implements CheckRule {
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&])#[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*@[A-Za-z0-9_.]+");

    @Override
    public void check(Draft draft, BrandProfile profile, Findings findings) {
        String text = draft.text();
        PlatformConvention convention = profile.conventionFor(draft.platform());
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints > convention.maxLength()) {
            int cut = text.offsetByCodePoints(0, convention.maxLength());
            findings.block("too-long", codePoints + " characters; " + draft.platform().wireName() + " replies may have "
                    + convention.maxLength(), cut, text.length(), "shorten it, or continue in private messages");
        }
        if (!draft.privateChannel()) {
            handle(draft, convention.handleMention(), findings);
        }
        Matcher hashtag = HASHTAG.matcher(text);
        int count = 0;
        while (hashtag.find()) {
            if (++count > convention.maxHashtags()) {
                findings.warn("hashtags", "more than " + convention.maxHashtags() + " hashtag(s) in a reply",
                        hashtag.start(), hashtag.end(), "leave it out");
            }
        }
    }

    private static void handle(Draft draft, HandleMention rule, Findings findings) {
        Matcher mention = LEADING_MENTION.matcher(draft.text());
        boolean starts = mention.find();
        if (rule == HandleMention.REQUIRED && !starts) {
            String handle = draft.customer().authorHandle();
            findings.warn("handle-mention", "public replies start with the customer's handle", 0, 0,
                    handle == null ? "@handle " : "@" + handle + " ");
        } else if (rule == HandleMention.FORBIDDEN && starts) {
            findings.warn("handle-mention", "the platform shows whom you answer; do not start with the handle",
                    mention.start(), mention.end(), "leave it out");
        }
    }
}
