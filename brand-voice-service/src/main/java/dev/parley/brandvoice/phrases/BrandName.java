package dev.parley.brandvoice.phrases;

import dev.parley.brandvoice.check.CheckRule;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.check.Findings;
import dev.parley.brandvoice.profile.BrandProfile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The brand's name is spelled the brand's way: "JetBlue", not "Jetblue" or "Jet Blue". */
public class BrandName implements CheckRule {
    public static final String RULE = "brand-name";
    private final Map<String, Pattern> spellings = new ConcurrentHashMap<>();

    @Override
    public void check(Draft draft, BrandProfile profile, Findings findings) {
        String name = profile.brandName();
        if (name == null || name.isBlank()) {
            return;
        }
        Matcher m = spellings.computeIfAbsent(name, BrandName::anySpelling).matcher(draft.text());
        while (m.find()) {
            if (!m.group().equals(name)) {
                findings.warn(RULE, "the brand is written '" + name + "'", m.start(), m.end(), name);
            }
        }
    }

    /** The name in any case, with or without the spaces and hyphens between its parts. */
    private static Pattern anySpelling(String name) {
        String letters = name.replaceAll("[\\s-]+", "");
        // Not inside a hashtag, handle, e-mail address or web address, where brands are written without spaces.
        StringBuilder regex = new StringBuilder("(?<![#@.\\w-])\\b");
        for (int i = 0; i < letters.length(); i++) {
            regex.append(i == 0 ? "" : "[\\s-]?").append(Pattern.quote(String.valueOf(letters.charAt(i))));
        }
        return Pattern.compile(regex.append("\\b(?![.-]\\w)").toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
