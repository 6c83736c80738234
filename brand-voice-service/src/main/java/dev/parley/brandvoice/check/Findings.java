package dev.parley.brandvoice.check;

import dev.parley.events.Verdict;
import dev.parley.events.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rules found in one draft. Spans are character offsets into the draft ({@code start} inclusive,
 * {@code end} exclusive); a violation about something missing has an empty span where it should go.
 */
public final class Findings {
    private final int length;
    private final List<Violation> violations = new ArrayList<>();

    Findings(int length) {
        this.length = length;
    }

    public void warn(String rule, String message, int start, int end, String suggestion) {
        add(rule, Verdict.WARN, message, start, end, suggestion);
    }

    public void block(String rule, String message, int start, int end, String suggestion) {
        add(rule, Verdict.BLOCK, message, start, end, suggestion);
    }

    /** Something the draft lacks, to be added at its end. */
    public void missing(String rule, Verdict severity, String message, String suggestion) {
        add(rule, severity, message, length, length, suggestion);
    }

    private void add(String rule, Verdict severity, String message, int start, int end, String suggestion) {
        if (start < 0 || end > length || start > end) {
            throw new IllegalArgumentException(rule + " reported span [" + start + ", " + end + ") outside a draft of "
                    + length + " characters");
        }
        violations.add(new Violation(rule, severity, message, start, end, suggestion));
    }

    List<Violation> violations() {
        return violations;
    }
}
