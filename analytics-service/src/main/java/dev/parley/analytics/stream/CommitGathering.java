package dev.parley.analytics.stream;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.processor.internals.ProcessorRecordContext;

/**
 * Gathers a task's records between commits, by a new key and a time window, and forwards one record a key and
 * window as the task commits (or at once past {@link #MOST_GATHERED} gathered items): a repartition after it
 * carries a record a key and window a commit instead of one for every input record.
 * <p>
 * What is gathered lives only in memory until the commit's own transaction carries it ({@link CommitHook}): a
 * crash aborts the transaction and the input is read again, so nothing is lost or counted twice, and no changelog
 * is needed (keeping it in a logged store cost more than the repartition it saved, performance.md). A forwarded
 * record has the latest time of the records gathered into it, all in the same window.
 *
 * @param <V> the input records' values
 * @param <G> what is gathered for a key and window, and forwarded
 */
abstract class CommitGathering<V, G> implements Processor<String, V, String, G> {
    /** Bounds what one task holds when commits are far apart (catching up). */
    static final int MOST_GATHERED = 20_000;

    private final String commitHook;
    private final long windowMillis;
    private final Map<Bucket, Gathered<G>> gathered = new LinkedHashMap<>();
    private int items;
    private InternalProcessorContext<String, G> context;
    /** Where forwarding starts from, and the record context it runs in, when the commit calls. */
    private ProcessorNode<?, ?, ?, ?> node;
    private ProcessorRecordContext lastRecord;

    private record Bucket(String key, long windowStart) {
    }

    private static final class Gathered<G> {
        private G value;
        private long latest = Long.MIN_VALUE;
    }

    /**
     * @param commitHook the name of this processor's own {@link CommitHook} store
     * @param window     the size of the windows records are gathered in, by their time (aligned to the epoch, as
     *                   Kafka Streams' windows are, so a gathered record lies in one window of each larger size)
     */
    CommitGathering(String commitHook, Duration window) {
        this.commitHook = commitHook;
        this.windowMillis = window.toMillis();
    }

    @Override
    @SuppressWarnings("unchecked")
    public final void init(ProcessorContext<String, G> context) {
        this.context = (InternalProcessorContext<String, G>) context;
        // Initialised again after an aborted transaction: what was gathered then is read again from the input.
        gathered.clear();
        items = 0;
        CommitHook hook = context.getStateStore(commitHook);
        hook.onCommit(this::forwardGathered);
    }

    @Override
    public final void process(Record<String, V> record) {
        node = context.currentNode();
        lastRecord = context.recordContext();
        gather(record);
        if (items >= MOST_GATHERED) {
            forwardGathered();
        }
    }

    /** Gathers one input record, through {@link #add}. */
    abstract void gather(Record<String, V> record);

    /** What was gathered for a key and window with {@code more} added ({@code gathered} may be changed). */
    abstract G merge(G gathered, G more);

    /** Adds {@code value}, of {@code items} items, to what is gathered for {@code key} in the window of {@code time}. */
    final void add(String key, long time, G value, int items) {
        Gathered<G> bucket = gathered.computeIfAbsent(new Bucket(key, time - Math.floorMod(time, windowMillis)),
                b -> new Gathered<>());
        bucket.value = bucket.value == null ? value : merge(bucket.value, value);
        bucket.latest = Math.max(bucket.latest, time);
        this.items += items;
    }

    /** Forwards everything gathered, in the order its keys and windows were first seen. */
    private void forwardGathered() {
        if (gathered.isEmpty()) {
            return;
        }
        ProcessorNode<?, ?, ?, ?> previousNode = context.currentNode();
        ProcessorRecordContext previousRecord = context.recordContext();
        context.setCurrentNode(node);
        context.setRecordContext(lastRecord);
        try {
            gathered.forEach((bucket, value) -> context.forward(new Record<>(bucket.key(), value.value, value.latest)));
        } finally {
            context.setCurrentNode(previousNode);
            context.setRecordContext(previousRecord);
            gathered.clear();
            items = 0;
        }
    }
}
