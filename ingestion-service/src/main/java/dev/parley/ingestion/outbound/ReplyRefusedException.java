package dev.parley.ingestion.outbound;

/** A reply that Parley will not send, and why (over the length limit, outside a messaging window, ...). */
public class ReplyRefusedException extends RuntimeException {
    public ReplyRefusedException(String reason) {
        super(reason);
    }
}
