package dev.parley.analytics.query;

import dev.parley.analytics.kpi.Dimensions;
import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.kpi.KpiAggregate;
import dev.parley.analytics.kpi.KpiAggregates;
import dev.parley.analytics.kpi.KpiWindow;
import dev.parley.events.Alert;
import dev.parley.events.Improvement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/** Reads KPI windows from the topology's stores, for one KPI and one breakdown. */
public class KpiStores {
    private final Function<KpiWindow, ReadOnlyWindowStore<String, KpiAggregates>> stores;
    private final Supplier<ReadOnlyKeyValueStore<String, Alert>> alerts;
    private final Supplier<ReadOnlyKeyValueStore<String, Improvement>> improvements;

    /**
     * @param stores the topology's window store of each window size; throws {@link StillStartingException} while
     *               they cannot be read
     * @param alerts the topology's store of the alerts it raised, likewise
     * @param improvements the registered improvements, likewise
     */
    public KpiStores(Function<KpiWindow, ReadOnlyWindowStore<String, KpiAggregates>> stores,
            Supplier<ReadOnlyKeyValueStore<String, Alert>> alerts,
            Supplier<ReadOnlyKeyValueStore<String, Improvement>> improvements) {
        this.stores = stores;
        this.alerts = alerts;
        this.improvements = improvements;
    }

    /** Every registered improvement. */
    public List<Improvement> improvements() {
        List<Improvement> found = new ArrayList<>();
        try (var all = improvements.get().all()) {
            all.forEachRemaining(kv -> found.add(kv.value));
        }
        return found;
    }

    /** The alerts raised for the brand in [from, to), oldest first. */
    public List<Alert> alerts(String brand, Instant from, Instant to) {
        List<Alert> found = new ArrayList<>();
        try (var all = alerts.get().all()) {
            all.forEachRemaining(kv -> {
                Alert a = kv.value;
                if (brand.equals(a.dimensions().get("brand")) && !a.raisedAt().isBefore(from)
                        && a.raisedAt().isBefore(to)) {
                    found.add(a);
                }
            });
        }
        found.sort(Comparator.comparing(Alert::raisedAt));
        return found;
    }

    /**
     * Windows of {@code kpi} that started in [from, to] for one breakdown: the brand (or every brand when null)
     * alone when {@code dimension} is null, else by that dimension (only its value {@code value} when not null);
     * oldest first.
     */
    public List<Window> read(KpiWindow window, Kpi kpi, Instant from, Instant to, String brand, String dimension,
            String value) {
        List<Window> found = new ArrayList<>();
        try (var windows = stores.apply(window).fetchAll(from, to)) {
            while (windows.hasNext()) {
                var w = windows.next();
                KpiAggregate aggregate = w.value.of(kpi);
                if (aggregate == null) {
                    continue;
                }
                Map<String, String> dims = Dimensions.parse(w.key.key());
                boolean wanted = (brand == null || brand.equals(dims.get("brand")))
                        && dims.size() == (dimension == null ? 1 : 2)
                        && (dimension == null || dims.containsKey(dimension))
                        && (value == null || value.equals(dims.get(dimension)));
                if (wanted) {
                    found.add(new Window(w.key.window().startTime(), w.key.window().endTime(), dims, aggregate));
                }
            }
        }
        found.sort(Comparator.comparing(Window::start));
        return found;
    }

    /** The stores cannot be read before Kafka Streams runs (at start, and while partitions are reassigned). */
    public static final class StillStartingException extends RuntimeException {
        public StillStartingException() {
            super("analytics is still starting; try again shortly");
        }
    }

    public record Window(Instant start, Instant end, Map<String, String> dimensions, KpiAggregate aggregate) {
    }
}
