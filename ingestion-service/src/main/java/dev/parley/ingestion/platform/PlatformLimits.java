package dev.parley.ingestion.platform;

import java.time.Duration;

/**
 * How hard Parley may call one platform API, sized to the platform's published limits.
 *
 * @param callsPerPeriod   calls allowed per {@code period} (the client-side rate limiter)
 * @param period           the limiter's window
 * @param maxAttempts      tries per call, the first included, for retryable failures
 * @param initialBackoff   wait before the second try; doubles each time (unless the platform names a time)
 * @param longestWait      the longest the client waits for a rate limit to lift within one call; a longer
 *                         block fails the call at once (the caller tries again later)
 * @param breakerOpenFor   how long the circuit stays open after most recent calls failed
 */
public record PlatformLimits(int callsPerPeriod, Duration period, int maxAttempts, Duration initialBackoff,
                             Duration longestWait, Duration breakerOpenFor) {
    public PlatformLimits {
        if (callsPerPeriod < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one call per positive period");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** X API v2: recent search allows 450 requests per 15 minutes per app; posting 100 per 15 minutes per user. */
    public static PlatformLimits x() {
        return standard(300, Duration.ofMinutes(15));
    }

    /** Reddit: 100 queries per minute per OAuth client. */
    public static PlatformLimits reddit() {
        return standard(100, Duration.ofMinutes(1));
    }

    /** YouTube Data API: 10,000 quota units a day, 1 unit per list call; leave room for replies (50 units). */
    public static PlatformLimits youtube() {
        return standard(6, Duration.ofMinutes(1));
    }

    /** Meta Graph API: 200 calls per hour per user the app serves; a page of 50 users gives 10,000/h. */
    public static PlatformLimits meta() {
        return standard(150, Duration.ofMinutes(1));
    }

    /** Review sites (Trustpilot's business API: 833 calls per 5 minutes); kept far below. */
    public static PlatformLimits reviews() {
        return standard(60, Duration.ofMinutes(1));
    }

    static PlatformLimits standard(int calls, Duration period) {
        return new PlatformLimits(calls, period, 4, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(60));
    }

    /** The same limits with other retry timings (tests use short ones). */
    public PlatformLimits withRetries(int attempts, Duration backoff, Duration longest) {
        return new PlatformLimits(callsPerPeriod, period, attempts, backoff, longest, breakerOpenFor);
    }
}
