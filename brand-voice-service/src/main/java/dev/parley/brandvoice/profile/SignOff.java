package dev.parley.brandvoice.profile;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How agents sign replies (e.g. {@code ^JS} on X).
 *
 * @param pattern         a regular expression the end of every reply must match, e.g. {@code \^[A-Z]{2}}
 * @param example         shown to the agent when the sign-off is missing
 * @param privateChannels whether direct messages must be signed too
 */
public record SignOff(String pattern, String example, boolean privateChannels) {
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    public SignOff {
        BrandProfile.regex(pattern, "signOff.pattern");
        example = BrandProfile.required(example, "signOff.example");
        if (!endOf(pattern).matcher(example).find()) {
            throw new IllegalArgumentException("signOff.example '" + example + "' does not match signOff.pattern");
        }
    }

    /** The pattern anchored at the end of the reply, ignoring trailing white space. */
    public Pattern atEnd() {
        return endOf(pattern);
    }

    private static Pattern endOf(String pattern) {
        return COMPILED.computeIfAbsent(pattern, p -> Pattern.compile("(?:" + p + ")\\s*$"));
    }
}
