package dev.parley.analytics.spikes;

/**
 * When a topic's hour is a spike.
 *
 * @param minVolume     fewer posts than this in an hour is never a spike, whatever the baseline
 * @param warningZ      standard deviations above the baseline for a warning
 * @param criticalZ     standard deviations above the baseline for a critical alert (which puts the response
 *                      service's matching cases in crisis handling)
 * @param baselineHours hours of history a topic needs before it can spike
 * @param smoothing     weight of the newest hour in the moving baseline (EWMA), 0 to 1
 */
public record SpikeSettings(int minVolume, double warningZ, double criticalZ, int baselineHours, double smoothing) {
    public static final SpikeSettings DEFAULTS = new SpikeSettings(20, 3, 5, 3, 0.2);

    public SpikeSettings {
        if (minVolume < 1) {
            throw new IllegalArgumentException("spikes.min-volume must be at least 1");
        }
        if (warningZ <= 0 || criticalZ < warningZ) {
            throw new IllegalArgumentException("spikes need 0 < warning-z <= critical-z");
        }
        if (baselineHours < 1) {
            throw new IllegalArgumentException("spikes.baseline-hours must be at least 1");
        }
        if (smoothing <= 0 || smoothing >= 1) {
            throw new IllegalArgumentException("spikes.smoothing must be between 0 and 1");
        }
    }
}
