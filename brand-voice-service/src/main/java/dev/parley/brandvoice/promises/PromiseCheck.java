package dev.parley.brandvoice.promises;

import dev.parley.brandvoice.check.CheckRule;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.check.Findings;
import dev.parley.brandvoice.check.PhrasePatterns;
import dev.parley.brandvoice.profile.BrandProfile;
import dev.parley.brandvoice.profile.Promises;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Promises the organisation cannot keep: absolute words the brand forbids ("guarantee") and deadlines sooner than
 * it can really resolve a case ("within the hour" when resolution takes a day). A broken public promise costs more
 * than the promise earns.
 */
public class PromiseCheck implements CheckRule {
    public static final String RULE = "unkeepable-promise";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("ten", 10), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("a few", 3), Map.entry("a couple of", 2), Map.entry("the", 1));
    private static final Pattern WITHIN = Pattern.compile("(?i)\\b(?:within|in)\\s+(?:the\\s+next\\s+)?"
            + "(\\d+|a few|a couple of|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|the)\\s+"
            + "(min(?:ute)?s?|h(?:ou)?rs?|hours?|(?:business\\s+|working\\s+)?days?)\\b");
    private static final Pattern RIGHT_AWAY = Pattern.compile("(?i)\\b(?:right away|straight away|immediately|"
            + "right now|asap|in no time|in a moment|instantly)\\b");
    private static final Pattern TODAY = Pattern.compile("(?i)\\b(?:today|tonight|by (?:the )?end of (?:the )?day|"
            + "by this evening)\\b");
    private static final Pattern TOMORROW = Pattern.compile("(?i)\\b(?:tomorrow|by tomorrow)\\b");
    /**
     * Deadlines count only in a sentence that commits to an outcome ("we'll have your refund today"); "I'll check
     * right away" or "thanks for writing today" promise nothing.
     */
    private static final Pattern COMMITMENT = Pattern.compile("(?i)(?:\\b(?:will|shall|going to)|['’]ll)\\b.*?\\b(?:fix"
            + "|fixed|resolve|resolved|sort|sorted|solve|solved|refund|refunded|replace|replaced|deliver|delivered"
            + "|arrive|back|credit|credited|reimburse|reimbursed|repair|repaired|restore|restored|have it|get it"
            + "|working again|reconnect|reconnected)\\b");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+");

    @Override
    public void check(Draft draft, BrandProfile profile, Findings findings) {
        String text = draft.text();
        Promises promises = profile.promises();
        if (!promises.forbidden().isEmpty()) {
            Matcher m = PhrasePatterns.anyOf(promises.forbidden()).matcher(text);
            while (m.find()) {
                findings.warn(RULE, "'" + m.group() + "' promises more than anyone can keep", m.start(), m.end(),
                        "say what you will do, not what you guarantee");
            }
        }
        Duration fastest = promises.fastestResolution();
        if (fastest == null) {
            return;
        }
        String realistic = "we'll update you within " + humane(fastest);
        Matcher sentence = SENTENCE.matcher(text);
        while (sentence.find()) {
            if (!COMMITMENT.matcher(text).region(sentence.start(), sentence.end()).find()) {
                continue;
            }
            Matcher within = WITHIN.matcher(text).region(sentence.start(), sentence.end());
            while (within.find()) {
                flagIfSooner(findings, within, duration(within.group(1), within.group(2)), fastest, realistic);
            }
            flagAll(findings, RIGHT_AWAY.matcher(text).region(sentence.start(), sentence.end()), Duration.ofMinutes(1),
                    fastest, realistic);
            flagAll(findings, TODAY.matcher(text).region(sentence.start(), sentence.end()), Duration.ofHours(12),
                    fastest, realistic);
            flagAll(findings, TOMORROW.matcher(text).region(sentence.start(), sentence.end()), Duration.ofHours(24),
                    fastest, realistic);
        }
    }

    private static void flagAll(Findings findings, Matcher m, Duration promised, Duration fastest, String realistic) {
        while (m.find()) {
            flagIfSooner(findings, m, promised, fastest, realistic);
        }
    }

    private static void flagIfSooner(Findings findings, Matcher m, Duration promised, Duration fastest,
            String realistic) {
        if (promised.compareTo(fastest) < 0) {
            findings.warn(RULE, "'" + m.group() + "' is sooner than cases are resolved (" + humane(fastest) + ")",
                    m.start(), m.end(), realistic);
        }
    }

    private static Duration duration(String amount, String unit) {
        String lower = amount.toLowerCase(Locale.ROOT);
        long n = Character.isDigit(lower.charAt(0)) ? Long.parseLong(lower)
                : NUMBERS.get(lower.replaceAll("\\s+", " "));
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("m")) {
            return Duration.ofMinutes(n);
        }
        return u.startsWith("h") ? Duration.ofHours(n) : Duration.ofDays(n);
    }

    private static String humane(Duration d) {
        if (d.toDays() >= 1 && d.toHours() % 24 == 0) {
            return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        }
        if (d.toHours() >= 1 && d.toMinutes() % 60 == 0) {
            return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        }
        return d.toMinutes() + " minutes";
    }
}
