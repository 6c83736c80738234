package dev.parley.brandvoice.privacy;

import dev.parley.brandvoice.check.CheckRule;
import dev.parley.brandvoice.check.Draft;
import dev.parley.brandvoice.check.Findings;
import dev.parley.brandvoice.profile.BrandProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * No personal data in public: e-mail addresses, phone numbers, booking or order references and postal addresses
 * are blocked in public replies (move the conversation to private messages instead). Card numbers are blocked
 * everywhere: they never belong in a social media message. The brand's own published contacts are allowed.
 */
public class PersonalDataCheck implements CheckRule {
    public static final String RULE = "personal-data";
    private static final String MOVE_PRIVATE = "move the conversation to private messages and ask there";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern CARD = Pattern.compile("(?<![\\d-])(?:\\d[ -]?){12,18}\\d(?![\\d-])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])\\+?\\(?\\d[\\d ().-]{5,18}\\d(?![\\w])");
    private static final Pattern DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(?:booking|order|confirmation|reservation|reference|"
            + "ref|pnr|ticket|account|membership|loyalty)(?:\\s+(?:number|reference|ref|code|no\\.?|id)\\b)?"
            + "(?:\\s*[:#]\\s*|\\s+(?:is\\s+)?)#?([A-Z0-9][A-Z0-9-]{4,15})\\b");
    private static final Pattern ORDER_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}&])#\\d{5,}\\b");
    private static final List<Pattern> ADDRESSES = List.of(
            Pattern.compile("\\b\\d{1,5}\\s+(?:[A-Z][a-z]+\\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane"
                    + "|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent)\\b\\.?"),
            Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b"),
            Pattern.compile("\\b[A-Z]{2}\\s\\d{5}(?:-\\d{4})?\\b"));

    @Override
    public void check(Draft draft, BrandProfile profile, Findings findings) {
        String text = draft.text();
        Spans found = new Spans(findings);
        Matcher card = CARD.matcher(text);
        while (card.find()) {
            if (isCard(card.group())) {
                found.block("a payment card number; never send one, not even privately", card.start(), card.end(),
                        "ask the customer to pay or check the card through the secure page, not here");
            }
        }
        if (draft.privateChannel()) {
            return;
        }
        List<String> published = profile.publicContacts().stream().map(PersonalDataCheck::normalised).toList();
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            if (!published.contains(normalised(email.group()))) {
                found.block("an e-mail address in a public reply", email.start(), email.end(), MOVE_PRIVATE);
            }
        }
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            String value = reference.group(1);
            if (value.chars().anyMatch(Character::isDigit) || value.equals(value.toUpperCase(Locale.ROOT))
                    && value.length() >= 6) {
                found.block("a booking or order reference in a public reply", reference.start(1), reference.end(1),
                        MOVE_PRIVATE);
            }
        }
        Matcher order = ORDER_NUMBER.matcher(text);
        while (order.find()) {
            found.block("an order number in a public reply", order.start(), order.end(), MOVE_PRIVATE);
        }
        for (Pattern address : ADDRESSES) {
            Matcher m = address.matcher(text);
            while (m.find()) {
                found.block("a postal address in a public reply", m.start(), m.end(), MOVE_PRIVATE);
            }
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            String digits = phone.group().replaceAll("\\D", "");
            if (digits.length() >= 8 && digits.length() <= 15 && !isCard(phone.group())
                    && !DATE.matcher(phone.group()).matches() && !published.contains(digits)) {
                found.block("a phone number in a public reply", phone.start(), phone.end(), MOVE_PRIVATE);
            }
        }
    }

    private static boolean isCard(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        return digits.length() >= 13 && digits.length() <= 19 && luhn(digits);
    }

    /** Reports each piece of data once, by the first (most specific) pattern that found it. */
    private static final class Spans {
        private final Findings findings;
        private final List<int[]> reported = new ArrayList<>();

        Spans(Findings findings) {
            this.findings = findings;
        }

        void block(String message, int start, int end, String suggestion) {
            if (reported.stream().noneMatch(r -> start < r[1] && r[0] < end)) {
                reported.add(new int[] {start, end});
                findings.block(RULE, message, start, end, suggestion);
            }
        }
    }

    /** Lower case, and for phone numbers only the digits, so "+1 (800) 555-0100" equals "18005550100". */
    private static String normalised(String contact) {
        return contact.contains("@") ? contact.toLowerCase(Locale.ROOT) : contact.replaceAll("\\D", "");
    }

    /** The Luhn checksum every payment card number passes. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
