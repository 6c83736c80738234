package dev.parley.analytics.web;

import dev.parley.analytics.kpi.PostVolume;
import dev.parley.analytics.stream.KpiTopology;
import dev.parley.events.KpiSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

/** {@code GET /api/v1/kpis?from=...&to=...}: KPI values per window, read from the topology's state. */
@RestController
public class KpiController {
    private final StreamsBuilderFactoryBean streams;

    public KpiController(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    @GetMapping("/api/v1/kpis")
    public KpiAnswer kpis(
            @RequestParam(defaultValue = PostVolume.KPI) String kpi,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        if (!PostVolume.KPI.equals(kpi)) {
            throw new IllegalArgumentException("unknown kpi '" + kpi + "'; available: " + PostVolume.KPI);
        }
        Instant until = to != null ? to : Instant.now();
        Instant since = from != null ? from : until.minus(KpiTopology.GRACE);
        List<KpiSnapshot> snapshots = new ArrayList<>();
        Instant now = Instant.now();
        try (var windows = store().fetchAll(since, until)) {
            windows.forEachRemaining(w -> snapshots.add(
                    PostVolume.snapshot(w.key.window().startTime(), w.key.key(), w.value, now)));
        }
        double total = snapshots.stream().mapToDouble(KpiSnapshot::value).sum();
        return new KpiAnswer(kpi, since, until, total, snapshots);
    }

    private ReadOnlyWindowStore<String, Long> store() {
        KafkaStreams running = streams.getKafkaStreams();
        if (running == null || running.state() != KafkaStreams.State.RUNNING) {
            throw new IllegalStateException("analytics is still starting; try again shortly");
        }
        return running.store(StoreQueryParameters.fromNameAndType(KpiTopology.POST_VOLUME_STORE,
                QueryableStoreTypes.windowStore()));
    }

    @ExceptionHandler
    ProblemDetail starting(IllegalStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    /** Windows that started in [from, to], and the sum of their values. */
    public record KpiAnswer(String kpi, Instant from, Instant to, double total, List<KpiSnapshot> snapshots) {
    }
}
