package dev.parley.events;

/**
 * One way a draft reply departs from the brand's guidelines.
 *
 * @param rule       the guideline broken, e.g. {@code banned-phrase}
 * @param severity   warn or block
 * @param message    what is wrong, for the agent
 * @param start      first character of the offending text in the draft (inclusive)
 * @param end        last character of the offending text in the draft (exclusive)
 * @param suggestion a replacement or fix, else null
 */
public record Violation(String rule, Verdict severity, String message, int start, int end, String suggestion) {
}
