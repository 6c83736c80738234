package dev.parley.events;

/** Where a case stands. JSON: {@code "new"}, {@code "open"}, {@code "pending_customer"}, ... */
public enum CaseStatus implements WireEnum {
    NEW, OPEN, PENDING_CUSTOMER, ESCALATED, RESOLVED, CLOSED;

    /** Resolved or closed: nothing more is owed to the customer until they write again. */
    public boolean isResolvedOrClosed() {
        return this == RESOLVED || this == CLOSED;
    }
}
