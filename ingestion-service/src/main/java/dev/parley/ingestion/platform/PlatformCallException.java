package dev.parley.ingestion.platform;

import java.time.Instant;
import java.util.Optional;

/**
 * A call to a platform's API that did not succeed, with a reason a person can act on.
 * {@link #retryable()} failures (rate limits, 5xx, network) are retried with backoff; the others
 * (a refused token, a bad request, a deleted post) are final.
 */
public class PlatformCallException extends RuntimeException {
    private final int status;
    private final boolean retryable;
    private final Instant blockedUntil;

    public PlatformCallException(String message, int status, boolean retryable, Instant blockedUntil, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.retryable = retryable;
        this.blockedUntil = blockedUntil;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }

    /** When the platform said the next call may be made, if it said. */
    public Optional<Instant> blockedUntil() {
        return Optional.ofNullable(blockedUntil);
    }
}
