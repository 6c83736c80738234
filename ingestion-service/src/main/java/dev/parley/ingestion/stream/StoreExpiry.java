package dev.parley.ingestion.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Forgets store entries older than {@code rememberFor}, checked hourly by the wall clock: ids need
 * remembering only as long as repeats of them can arrive, and the stores (and their changelogs) would
 * otherwise grow for ever. Deletions go through the store, so the changelog forgets them too.
 */
final class StoreExpiry {
    static final Duration CHECK_EVERY = Duration.ofHours(1);

    private StoreExpiry() {
    }

    /** @param rememberedAt the epoch milliseconds at which an entry was written */
    static <V> void schedule(ProcessingContext context, KeyValueStore<String, V> store, ToLongFunction<V> rememberedAt,
                             Duration rememberFor) {
        context.schedule(CHECK_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> {
            long cutoff = now - rememberFor.toMillis();
            List<String> expired = new ArrayList<>();
            try (KeyValueIterator<String, V> entries = store.all()) {
                while (entries.hasNext()) {
                    KeyValue<String, V> entry = entries.next();
                    if (rememberedAt.applyAsLong(entry.value) < cutoff) {
                        expired.add(entry.key);
                    }
                }
            }
            expired.forEach(store::delete);
        });
    }
}
