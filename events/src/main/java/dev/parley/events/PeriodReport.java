package dev.parley.events;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A brand's scheduled report of a day or a week, published when it is made: the headline numbers for BI tools and
 * the readable page for people (a mailer or chat bot can forward it as it is). Schema {@code period-report.v1}.
 * Keyed by report id on the compacted {@code parley.analytics.reports}; a report made again replaces the older one.
 *
 * @param reportId        {@code <brand>-<first day>-<period>}, e.g. {@code acme-air-2026-11-22-day}; the report
 *                        folder's files have the same name
 * @param brand           the brand reported on
 * @param period          {@code day} or {@code week}
 * @param from            the period's first instant (UTC midnight)
 * @param to              the instant after its end (UTC midnight)
 * @param generatedAt     when the report was made
 * @param kpis            the headline KPIs of the period by published name, e.g. {@code sla_compliance}; a KPI
 *                        without observations is left out
 * @param previousKpis    the same KPIs in the period of the same length before
 * @param significant     the published names of the KPIs whose change is statistically significant
 * @param recommendations the recommendations' titles, most urgent first
 * @param alerts          spikes and crises raised in the period
 * @param html            the report as one self-contained HTML page (charts inline as SVG)
 */
public record PeriodReport(String reportId, String brand, String period, Instant from, Instant to,
        Instant generatedAt, Map<String, Double> kpis, Map<String, Double> previousKpis, List<String> significant,
        List<String> recommendations, int alerts, String html) {
    public PeriodReport {
        // Sorted by name, so the JSON reads the same every time.
        kpis = Collections.unmodifiableSortedMap(new TreeMap<>(kpis));
        previousKpis = Collections.unmodifiableSortedMap(new TreeMap<>(previousKpis));
        significant = List.copyOf(significant);
        recommendations = List.copyOf(recommendations);
    }
}
