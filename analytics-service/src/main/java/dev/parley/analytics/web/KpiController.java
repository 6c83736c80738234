package dev.parley.analytics.web;

import dev.parley.analytics.kpi.Breakdowns;
import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.kpi.KpiAggregate;
import dev.parley.analytics.kpi.KpiWindow;
import dev.parley.events.KpiSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/kpis}: one KPI's values per window, read from the topology's state, for one breakdown: every
 * brand (no filters), one brand, or one brand by one dimension ({@code by=platform}, or a value such as
 * {@code platform=x}).
 */
@RestController
public class KpiController {
    private static final List<String> FILTERS = new ArrayList<>(Breakdowns.BY);
    private final StreamsBuilderFactoryBean streams;

    public KpiController(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    @GetMapping("/api/v1/kpis")
    public KpiAnswer kpis(
            @RequestParam(defaultValue = "post_volume") String kpi,
            @RequestParam(defaultValue = "1m") String window,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String brand,
            @RequestParam(required = false) String by,
            @RequestParam Map<String, String> parameters) {
        Kpi measured = Kpi.ofPublishedName(kpi);
        KpiWindow size = KpiWindow.ofLabel(window);
        Map<String, String> filter = new TreeMap<>();
        for (String name : FILTERS) {
            if (parameters.containsKey(name)) {
                filter.put(name, parameters.get(name));
            }
        }
        if (filter.size() + (by == null ? 0 : 1) > 1) {
            throw new IllegalArgumentException("KPIs are broken down by one dimension at a time (one of " + FILTERS
                    + ", or by=<dimension>)");
        }
        if (by != null && !FILTERS.contains(by)) {
            throw new IllegalArgumentException("by must be one of " + FILTERS + ", was '" + by + "'");
        }
        String dimension = by != null ? by : filter.keySet().stream().findFirst().orElse(null);
        Instant until = to != null ? to : Instant.now();
        Instant since = from != null ? from : until.minus(size.size().multipliedBy(60));
        List<KpiSnapshot> snapshots = new ArrayList<>();
        KpiAggregate total = KpiAggregate.empty();
        Instant now = Instant.now();
        try (var windows = store(size).fetchAll(since, until)) {
            while (windows.hasNext()) {
                var w = windows.next();
                String key = w.key.key();
                Map<String, String> dims = Breakdowns.dimensionsOf(key);
                boolean wanted = Breakdowns.kpiOf(key) == measured
                        && (brand == null || brand.equals(dims.get("brand")))
                        && dims.size() == (dimension == null ? 1 : 2)
                        && (dimension == null || dims.containsKey(dimension))
                        && filter.entrySet().stream().allMatch(f -> f.getValue().equals(dims.get(f.getKey())));
                if (wanted) {
                    snapshots.add(new KpiSnapshot(kpi, w.key.window().startTime(), w.key.window().endTime(), dims,
                            w.value.value(measured, kpi), now, w.value.n()));
                    total = total.merge(w.value);
                }
            }
        }
        return new KpiAnswer(kpi, size.label(), since, until, total.value(measured, kpi), total.n(), snapshots);
    }

    private ReadOnlyWindowStore<String, KpiAggregate> store(KpiWindow window) {
        KafkaStreams running = streams.getKafkaStreams();
        if (running == null || running.state() != KafkaStreams.State.RUNNING) {
            throw new IllegalStateException("analytics is still starting; try again shortly");
        }
        return running.store(StoreQueryParameters.fromNameAndType(window.storeName(),
                QueryableStoreTypes.windowStore()));
    }

    @ExceptionHandler
    ProblemDetail starting(IllegalStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    /**
     * Windows that started in [from, to], and the KPI over all of them together.
     *
     * @param total      the KPI over every window and breakdown returned (a count's sum, a share's pooled share, a
     *                   duration's overall percentile)
     * @param sampleSize how many observations {@code total} rests on
     */
    public record KpiAnswer(String kpi, String window, Instant from, Instant to, double total, long sampleSize,
            List<KpiSnapshot> snapshots) {
    }
}
