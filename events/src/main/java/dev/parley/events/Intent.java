package dev.parley.events;

/**
 * What the customer wants.
 *
 * @param label      complaint, question, request, praise, feedback or other
 * @param confidence 0 to 1: how sure triage is of {@code label}
 */
public record Intent(IntentLabel label, double confidence) {
}
