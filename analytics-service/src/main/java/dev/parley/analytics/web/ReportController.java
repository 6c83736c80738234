package dev.parley.analytics.web;

import dev.parley.analytics.query.ReportBuilder;
import dev.parley.analytics.report.Report;
import dev.parley.analytics.report.ReportPage;
import dev.parley.analytics.trends.Trend;
import java.time.Duration;
import java.time.Instant;
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
        return new ModelAndView(ReportPage.TEMPLATE, ReportPage.model(build(brand, from, to, minSample), minSample));
    }

    private Report build(String brand, Instant from, Instant to, int minSample) {
        Instant end = to != null ? to : Instant.now();
        return reports.build(brand, from != null ? from : end.minus(Duration.ofDays(7)), end, minSample);
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
