package dev.parley.events;

/** Where a case stands. JSON: {@code "new"}, {@code "open"}, {@code "pending_customer"}, ... */
public enum CaseStatus implements WireEnum {
    NEW, OPEN, PENDING_CUSTOMER, ESCALATED, RESOLVED, CLOSED
}
