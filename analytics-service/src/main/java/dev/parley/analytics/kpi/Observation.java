package dev.parley.analytics.kpi;

/**
 * One KPI's observation in one breakdown: what travels past the repartition, where the record's key names the
 * breakdown (a {@link Fact} without its dimensions).
 */
public record Observation(Kpi kpi, double value) {
}
