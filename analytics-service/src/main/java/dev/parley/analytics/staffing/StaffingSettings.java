package dev.parley.analytics.staffing;

import java.time.Duration;

/**
 * What a staffing plan aims for.
 *
 * @param handleTime   an agent's working time per case (reading, researching, writing)
 * @param targetAnswer the time within which cases should get their first reply
 * @param serviceLevel the share of cases that should be answered within it, 0 to 1
 * @param weeks        how many past weeks the forecast averages, hour of week by hour of week
 */
public record StaffingSettings(Duration handleTime, Duration targetAnswer, double serviceLevel, int weeks) {
    public StaffingSettings {
        if (handleTime.isZero() || handleTime.isNegative() || targetAnswer.isNegative()) {
            throw new IllegalArgumentException("staffing.handle-time must be positive and target-answer not negative");
        }
        if (serviceLevel <= 0 || serviceLevel >= 1) {
            throw new IllegalArgumentException("staffing.service-level must be between 0 and 1, was " + serviceLevel);
        }
        if (weeks < 1 || weeks > 4) {
            throw new IllegalArgumentException("staffing.weeks must be 1 to 4 (hourly KPIs are kept 35 days)");
        }
    }
}
