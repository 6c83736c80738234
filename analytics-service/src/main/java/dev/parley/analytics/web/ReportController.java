package dev.parley.analytics.web;

import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.query.ReportBuilder;
import dev.parley.analytics.recommendations.Recommendation;
import dev.parley.analytics.report.Formats;
import dev.parley.analytics.report.Report;
import dev.parley.analytics.report.SvgChart;
import dev.parley.analytics.trends.Trend;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * Reports people read: {@code GET /reports/summary.html} (charts, tables, spikes, recommendations; one file that
 * opens anywhere), and the same numbers as {@code summary.json} and {@code summary.csv}. The period is whole UTC
 * days {@code from} (inclusive) to {@code to} (exclusive), by default the last 7 days, compared with the period of the
 * same length before it.
 */
@RestController
public class ReportController {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private final ReportBuilder reports;

    public ReportController(ReportBuilder reports) {
        this.reports = reports;
    }

    @GetMapping(value = "/reports/summary.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public Report json(@RequestParam String brand,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "30") int minSample) {
        return build(brand, from, to, minSample);
    }

    @GetMapping(value = "/reports/summary.csv", produces = "text/csv")
    public String csv(@RequestParam String brand,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "30") int minSample) {
        Report report = build(brand, from, to, minSample);
        StringBuilder csv = new StringBuilder("section,name,kpi,current,previous,current_sample,previous_sample,"
                + "change,relative_change,p_value,significant\n");
        report.headline().forEach(t -> csv.append(row("headline", t.kpi(), t)));
        report.topics().forEach(t -> csv.append(row("topic", t.dimensions().get("topic"), t)));
        report.platforms().forEach(s -> csv.append("platform,").append(s.name()).append(",post_volume,")
                .append(s.count()).append(",,,,,,,\n"));
        return csv.toString();
    }

    @GetMapping(value = "/reports/summary.html", produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView html(@RequestParam String brand,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "30") int minSample) {
        Report report = build(brand, from, to, minSample);
        Set<Instant> spikeDays = report.alerts().stream().map(a -> a.raisedAt().truncatedTo(ChronoUnit.DAYS)).collect(Collectors.toSet());
        Map<String, Object> model = new HashMap<>();
        model.put("brand", report.brand());
        model.put("period", DAY.format(report.from()) + " – " + DAY.format(report.to().minusSeconds(1)));
        model.put("previous", DAY.format(report.previousFrom()) + " – " + DAY.format(report.from().minusSeconds(1)));
        model.put("minSample", minSample);
        model.put("headline", report.headline().stream().map(ReportController::line).toList());
        model.put("volumeChart", SvgChart.line("posts per day", report.dailyVolume(), spikeDays, false));
        model.put("negativeChart", SvgChart.line("negative share per day", report.dailyNegative(), spikeDays, true));
        model.put("platformChart", SvgChart.bars("posts by platform", report.platforms()));
        model.put("sentimentChart", SvgChart.bars("posts by sentiment", report.sentiments()));
        model.put("topics", report.topics().stream().map(t -> Map.of("topic", t.dimensions().get("topic"),
                "line", line(t))).toList());
        model.put("alerts", report.alerts().stream().map(a -> Map.of("when", TIME.format(a.raisedAt()),
                "severity", a.severity().wireName(), "title", a.title(), "detail", a.detail())).toList());
        model.put("recommendations", report.recommendations().stream().map(ReportController::recommendation).toList());
        model.put("hasAlerts", !report.alerts().isEmpty());
        model.put("hasRecommendations", !report.recommendations().isEmpty());
        return new ModelAndView("report", model);
    }

    private Report build(String brand, Instant from, Instant to, int minSample) {
        Instant end = to != null ? to : Instant.now();
        return reports.build(brand, from != null ? from : end.minus(Duration.ofDays(7)), end, minSample);
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

    private static String row(String section, String name, Trend t) {
        return String.join(",", section, csv(name), t.kpi(), number(t.current()), number(t.previous()),
                String.valueOf(t.currentSample()), String.valueOf(t.previousSample()), number(t.change()),
                number(t.relativeChange()), number(t.pValue()), String.valueOf(t.significant())) + "\n";
    }

    private static String number(Double value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String csv(String value) {
        return value == null ? "" : value.contains(",") || value.contains("\"")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
