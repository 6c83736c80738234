package dev.parley.events;

/** What the customer wants from a post. JSON: {@code "complaint"}, {@code "question"}, … */
public enum IntentLabel implements WireEnum {
    COMPLAINT, QUESTION, REQUEST, PRAISE, FEEDBACK, OTHER
}
