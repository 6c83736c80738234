package dev.parley.response.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Account details in a reply: e-mail addresses, phone numbers, card or account numbers, and booking or order
 * references. They belong in private messages only.
 */
public final class AccountDetails {
    private static final Map<String, Pattern> KINDS = Map.of(
            "e-mail address", Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+"),
            "phone number", Pattern.compile("(?<![\\w])\\+?\\d[\\d ()-]{7,}\\d(?![\\w])"),
            "card or account number", Pattern.compile("(?<!\\d)\\d{12,19}(?!\\d)"),
            "booking or order reference", Pattern.compile(
                    "(?i)\\b(booking|order|reservation|confirmation|ticket|account)\\s*(ref(erence)?|number|no\\.?|code|#)?\\s*[:#]?\\s*(?=[A-Z0-9]*\\d)[A-Z0-9]{5,}\\b"));

    private AccountDetails() {
    }

    /** The kinds of account details found, e.g. {@code [e-mail address]}; empty when none. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        KINDS.forEach((kind, pattern) -> {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                found.add(kind);
            }
        });
        found.sort(null);
        return found;
    }
}
