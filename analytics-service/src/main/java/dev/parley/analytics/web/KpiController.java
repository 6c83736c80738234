package dev.parley.analytics.web;

import dev.parley.analytics.query.KpiStores;
import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.kpi.KpiAggregate;
import dev.parley.analytics.kpi.KpiWindow;
import dev.parley.events.KpiSnapshot;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
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
    private final KpiStores stores;

    public KpiController(KpiStores stores) {
        this.stores = stores;
    }

    @GetMapping("/api/v1/kpis")
    public KpiAnswer kpis(
            @RequestParam(defaultValue = "post_volume") String kpi,
            @RequestParam(defaultValue = "1m") String window,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String brand,
            @RequestParam Map<String, String> parameters) {
        Kpi measured = Kpi.ofPublishedName(kpi);
        KpiWindow size = KpiWindow.ofLabel(window);
        Breakdown breakdown = Breakdown.of(parameters);
        Instant until = to != null ? to : Instant.now();
        Instant since = from != null ? from : until.minus(size.size().multipliedBy(60));
        Instant now = Instant.now();
        List<KpiStores.Window> windows = stores.read(size, measured, since, until, brand, breakdown.dimension(),
                breakdown.value());
        Map<Map<String, String>, KpiAggregate> perBreakdown = new LinkedHashMap<>();
        windows.forEach(w -> perBreakdown.merge(w.dimensions(), w.aggregate(), (a, b) -> a.then(measured, b)));
        KpiAggregate total = perBreakdown.values().stream().reduce(KpiAggregate.empty(), KpiAggregate::merge);
        List<KpiSnapshot> snapshots = windows.stream().map(w -> new KpiSnapshot(kpi, w.start(), w.end(),
                w.dimensions(), w.aggregate().value(measured, kpi), now, w.aggregate().n())).toList();
        return new KpiAnswer(kpi, size.label(), since, until, total.value(measured, kpi), total.n(), snapshots);
    }

    /**
     * Windows that started in [from, to], and the KPI over all of them together.
     *
     * @param total      the KPI over every window and breakdown returned (a count's sum, a share's pooled share, a
     *                   duration's overall percentile, a level's latest value summed over the breakdown's values)
     * @param sampleSize how many observations {@code total} rests on
     */
    public record KpiAnswer(String kpi, String window, Instant from, Instant to, double total, long sampleSize,
            List<KpiSnapshot> snapshots) {
    }
}
