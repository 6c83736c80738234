package dev.parley.triage.model;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The share of one core the accurate path may use. Sentence embeddings cost about a hundred times the fast path,
 * so without a limit a burst of unsure posts would hold every post behind them; with it, unsure posts take the
 * accurate path while the budget lasts and the fast path when it is spent, and the service keeps up. Time
 * accrues at {@code share} seconds per second, with at most one second's worth saved up for a burst.
 */
public final class AccurateBudget {
    private static final long RESERVE_NANOS = 1_000_000_000L;

    private final double share;
    private final LongSupplier nanoClock;
    private long availableNanos;
    private long refilledAt;

    /**
     * @param share     of one core, above 0 (e.g. 0.5: half a core)
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    public AccurateBudget(double share, LongSupplier nanoClock) {
        if (!(share > 0)) {
            throw new IllegalArgumentException("accurate-cpu-share must be above 0, was " + share);
        }
        this.share = share;
        this.nanoClock = nanoClock;
        this.refilledAt = nanoClock.getAsLong();
        this.availableNanos = reserve();
    }

    /** No limit: the accurate path is used wherever the policy says. */
    public static AccurateBudget unlimited() {
        return new AccurateBudget(Double.POSITIVE_INFINITY, () -> 0L);
    }

    /** Whether the accurate path may be used now. */
    public synchronized boolean allows() {
        if (Double.isInfinite(share)) {
            return true;
        }
        long now = nanoClock.getAsLong();
        availableNanos = Math.min(reserve(), availableNanos + (long) ((now - refilledAt) * share));
        refilledAt = now;
        return availableNanos > 0;
    }

    /** Counts {@code nanos} of accurate-path time against the budget. */
    public synchronized void spent(long nanos) {
        availableNanos -= nanos;
    }

    /** Times {@code work} on the clock and counts it against the budget. */
    <T> T timed(Supplier<T> work) {
        long start = nanoClock.getAsLong();
        try {
            return work.get();
        } finally {
            spent(nanoClock.getAsLong() - start);
        }
    }

    private long reserve() {
        return Double.isInfinite(share) ? Long.MAX_VALUE : (long) (RESERVE_NANOS * Math.min(share, 1.0));
    }
}
