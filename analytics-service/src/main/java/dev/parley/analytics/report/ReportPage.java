package dev.parley.analytics.report;

import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.recommendations.Recommendation;
import dev.parley.analytics.trends.Trend;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What the HTML report's template ({@code templates/report.mustache}) shows: every value already in words. */
public final class ReportPage {
    public static final String TEMPLATE = "report";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private ReportPage() {
    }

    public static Map<String, Object> model(Report report, int minSample) {
        Set<Instant> spikeDays = report.alerts().stream().map(a -> a.raisedAt().truncatedTo(ChronoUnit.DAYS))
                .collect(Collectors.toSet());
        Map<String, Object> model = new HashMap<>();
        model.put("brand", report.brand());
        model.put("period", DAY.format(report.from()) + " – " + DAY.format(report.to().minusSeconds(1)));
        model.put("previous", DAY.format(report.previousFrom()) + " – " + DAY.format(report.from().minusSeconds(1)));
        model.put("minSample", minSample);
        model.put("headline", report.headline().stream().map(ReportPage::line).toList());
        model.put("volumeChart", SvgChart.line("posts per day", report.dailyVolume(), spikeDays, false));
        model.put("negativeChart", SvgChart.line("negative share per day", report.dailyNegative(), spikeDays, true));
        model.put("slaChart", SvgChart.line("SLA compliance per day", report.dailySla(), spikeDays, true));
        model.put("hasSla", !report.dailySla().isEmpty());
        model.put("platformChart", SvgChart.bars("posts by platform", report.platforms()));
        model.put("sentimentChart", SvgChart.bars("posts by sentiment", report.sentiments()));
        model.put("topics", report.topics().stream().map(t -> Map.of("topic", t.dimensions().get("topic"),
                "line", line(t))).toList());
        model.put("alerts", report.alerts().stream().map(a -> Map.of("when", TIME.format(a.raisedAt()),
                "severity", a.severity().wireName(), "title", a.title(), "detail", a.detail())).toList());
        model.put("recommendations", report.recommendations().stream().map(ReportPage::recommendation).toList());
        model.put("hasAlerts", !report.alerts().isEmpty());
        model.put("hasRecommendations", !report.recommendations().isEmpty());
        return model;
    }

    private static Map<String, Object> line(Trend t) {
        Map<String, Object> line = new HashMap<>();
        line.put("kpi", t.kpi());
        line.put("meaning", Kpi.ofPublishedName(t.kpi()).meaning());
        line.put("current", Formats.value(t.kpi(), t.current()));
        line.put("previous", Formats.value(t.kpi(), t.previous()));
        line.put("change", Formats.change(t.kpi(), t.change(), t.relativeChange()));
        line.put("verdict", !t.enoughData() ? "too few to tell (" + t.currentSample() + " and " + t.previousSample()
                + ")" : t.significant() ? "significant, " + pValue(t.pValue()) : "no real change, "
                + pValue(t.pValue()));
        line.put("direction", t.direction());
        return line;
    }

    private static Map<String, Object> recommendation(Recommendation r) {
        return Map.of("title", r.title(), "actions", r.actions());
    }

    private static String pValue(Double p) {
        if (p == null) {
            return "p unknown";
        }
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }
}
