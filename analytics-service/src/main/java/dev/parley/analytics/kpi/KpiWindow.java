package dev.parley.analytics.kpi;

import java.time.Duration;

/** The windows every KPI is computed over, aligned to UTC, and how long their values stay queryable. */
public enum KpiWindow {
    MINUTE("1m", Duration.ofMinutes(1), Duration.ofDays(2)),
    HOUR("1h", Duration.ofHours(1), Duration.ofDays(35)),
    DAY("1d", Duration.ofDays(1), Duration.ofDays(400));

    private final String label;
    private final Duration size;
    private final Duration kept;

    KpiWindow(String label, Duration size, Duration kept) {
        this.label = label;
        this.size = size;
        this.kept = kept;
    }

    /** {@code 1m}, {@code 1h} or {@code 1d}: in snapshot keys and the API. */
    public String label() {
        return label;
    }

    public Duration size() {
        return size;
    }

    /** How long windows are kept in the service's state for queries (the topic keeps them all). */
    public Duration kept() {
        return kept;
    }

    /** The window store holding every breakdown's KPIs in windows of this size. */
    public String storeName() {
        return "breakdown-kpis-" + label;
    }

    public static KpiWindow ofLabel(String label) {
        for (KpiWindow w : values()) {
            if (w.label.equals(label)) {
                return w;
            }
        }
        throw new IllegalArgumentException("window must be 1m, 1h or 1d, was '" + label + "'");
    }
}
