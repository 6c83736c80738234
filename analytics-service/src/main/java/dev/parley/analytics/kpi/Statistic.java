package dev.parley.analytics.kpi;

/** How a KPI's observations in a window become its value. */
public enum Statistic {
    /** How many observations. */
    COUNT,
    /** Share of observations that are hits (value 1), 0 to 1. */
    SHARE,
    /** Mean of the observed values. */
    MEAN,
    /** Seconds; published as the median ({@code <kpi>_p50}) and 90th percentile ({@code <kpi>_p90}). */
    DURATION,
    /**
     * A level that goes up and down (open cases): the level after the window's last change. Windows without a change
     * have no value; the level holds until the next change.
     */
    LEVEL,
    /** Net Promoter Score of 0–10 answers: % promoters (9–10) − % detractors (0–6), −100 to 100. */
    NPS
}
