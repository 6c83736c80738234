package dev.parley.analytics.stream;

import java.util.Map;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * A store that holds nothing and is told when its task commits: Kafka Streams flushes the record caches of a task's
 * stores ({@link CachedStateStore#flushCache}) as a commit begins, before the task's output is flushed and its
 * transaction commits with the input offsets. That is where its own KTables forward what their caches gathered; a
 * processor that gathers in memory ({@link CommitGathering}) forwards there too, so nothing it gathers outlives
 * a transaction. {@code CachedStateStore} is an internal interface of Kafka Streams (4.1), so a test against a real
 * broker ({@code AnalyticsServiceTest}) checks that an upgrade still calls it.
 */
final class CommitHook implements StateStore, CachedStateStore<Object, Object> {
    private final String name;
    private Runnable onCommit = () -> { };
    private boolean open;

    private CommitHook(String name) {
        this.name = name;
    }

    /** Runs {@code onCommit} as each commit of the task begins (replacing what ran before). */
    void onCommit(Runnable onCommit) {
        this.onCommit = onCommit;
    }

    @Override
    public void flushCache() {
        onCommit.run();
    }

    @Override
    public boolean setFlushListener(CacheFlushListener<Object, Object> listener, boolean sendOldValues) {
        return false;
    }

    @Override
    public void clearCache() {
        // Nothing is cached here; what the processor gathered is dropped when it is initialised again.
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        context.register(root, (key, value) -> { });
        open = true;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        open = false;
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    /** The hook for a topology: never logged or cached, since it holds nothing. */
    static StoreBuilder<CommitHook> builder(String name) {
        return new StoreBuilder<>() {
            @Override
            public StoreBuilder<CommitHook> withCachingEnabled() {
                return this;
            }

            @Override
            public StoreBuilder<CommitHook> withCachingDisabled() {
                return this;
            }

            @Override
            public StoreBuilder<CommitHook> withLoggingEnabled(Map<String, String> config) {
                return this;
            }

            @Override
            public StoreBuilder<CommitHook> withLoggingDisabled() {
                return this;
            }

            @Override
            public CommitHook build() {
                return new CommitHook(name);
            }

            @Override
            public Map<String, String> logConfig() {
                return Map.of();
            }

            @Override
            public boolean loggingEnabled() {
                return false;
            }

            @Override
            public String name() {
                return name;
            }
        };
    }
}
