package dev.parley.bench.pipeline;

import java.util.concurrent.ConcurrentHashMap;

/**
 * When each post of the run was accepted (Kafka acknowledged it, or ingestion answered 202), by post id, on
 * this JVM's monotonic clock: what the probe measures latencies from.
 */
final class AcceptedPosts {
    private final ConcurrentHashMap<String, Long> acceptedAt = new ConcurrentHashMap<>();

    /**
     * Marks {@code postId} as accepted now. Called as a post is sent, so a post is never seen downstream without
     * a time, and again when Kafka or ingestion acknowledges it, which refines the time.
     */
    void acceptedNow(String postId) {
        acceptedAt.put(postId, System.nanoTime());
    }

    /** Milliseconds since {@code postId} was accepted, or -1 for a post this run did not send. */
    double millisSinceAccepted(String postId, long nowNanos) {
        Long at = acceptedAt.get(postId);
        return at == null ? -1 : Math.max(0, nowNanos - at) / 1e6;
    }
}
