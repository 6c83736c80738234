package dev.parley.analytics.schedule;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.parley.analytics.config.AnalyticsProperties;
import dev.parley.analytics.query.ReportBuilder;
import dev.parley.analytics.recommendations.Recommendation;
import dev.parley.analytics.report.Report;
import dev.parley.analytics.report.ReportPage;
import dev.parley.analytics.trends.Trend;
import dev.parley.events.PeriodReport;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes each configured brand's report on a schedule (the day or week that just ended) and writes it as HTML and JSON
 * to a folder, publishes it as a {@link PeriodReport} on {@code parley.analytics.reports}, or both. Files are written
 * whole and then moved into place, so a reader never sees half a report.
 */
public class ScheduledReports {
    private static final Logger log = LoggerFactory.getLogger(ScheduledReports.class);
    private final ReportBuilder reports;
    private final AnalyticsProperties.Reports settings;
    private final Template template;
    private final JsonMapper json;
    private final Consumer<PeriodReport> publisher;
    private final Clock clock;

    /** @param publisher where reports are published when {@code settings.publish()} */
    public ScheduledReports(ReportBuilder reports, AnalyticsProperties.Reports settings, Mustache.Compiler mustache,
            JsonMapper json, Consumer<PeriodReport> publisher, Clock clock) {
        this.reports = reports;
        this.settings = settings;
        this.json = json;
        this.publisher = publisher;
        this.clock = clock;
        try (Reader reader = new InputStreamReader(new ClassPathResource("templates/" + ReportPage.TEMPLATE
                + ".mustache").getInputStream(), StandardCharsets.UTF_8)) {
            this.template = mustache.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("the report template is missing from the classpath", e);
        }
    }

    @Scheduled(cron = "${parley.analytics.reports.cron:0 0 6 * * *}", zone = "UTC")
    public void onSchedule() {
        makeAll();
    }

    /** The reports of the period that ended at the start of today (UTC); returns the files written. */
    public List<Path> makeAll() {
        Instant to = clock.instant().truncatedTo(ChronoUnit.DAYS);
        Instant from = to.minus(Duration.ofDays(settings.period().equals("week") ? 7 : 1));
        List<Path> written = new ArrayList<>();
        for (String brand : settings.brands()) {
            try {
                Report report = reports.build(brand, from, to, settings.minSample());
                String name = brand + "-" + LocalDate.ofInstant(from, ZoneOffset.UTC) + "-" + settings.period();
                String html = template.execute(ReportPage.model(report, settings.minSample()));
                if (settings.folder() != null) {
                    written.add(write(settings.folder().resolve(name + ".html"), html));
                    written.add(write(settings.folder().resolve(name + ".json"), json.writeValueAsString(report)));
                }
                if (settings.publish()) {
                    publisher.accept(event(name, report, html));
                }
            } catch (RuntimeException e) {
                log.error("the {} report of {} could not be made: {}", settings.period(), brand, e.getMessage(), e);
            }
        }
        return written;
    }

    private PeriodReport event(String reportId, Report report, String html) {
        Map<String, Double> kpis = new HashMap<>();
        Map<String, Double> previous = new HashMap<>();
        for (Trend t : report.headline()) {
            if (t.current() != null) {
                kpis.put(t.kpi(), t.current());
            }
            if (t.previous() != null) {
                previous.put(t.kpi(), t.previous());
            }
        }
        return new PeriodReport(reportId, report.brand(), settings.period(), report.from(), report.to(),
                clock.instant(), kpis, previous, report.headline().stream().filter(Trend::significant)
                .map(Trend::kpi).toList(), report.recommendations().stream().map(Recommendation::title).toList(),
                report.alerts().size(), html);
    }

    private static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), ".report", ".partial");
            Files.writeString(partial, content);
            return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
