package dev.parley.response.assignment;

/** Another agent holds the case: it is theirs, or they are drafting a reply on it. */
public class CaseHeldException extends RuntimeException {
    private final String holder;

    public CaseHeldException(String holder, String how) {
        super(holder + " " + how + "; take the case over to answer it");
        this.holder = holder;
    }

    public String holder() {
        return holder;
    }
}
