package dev.parley.analytics.stream;

import dev.parley.analytics.kpi.Breakdowns;
import dev.parley.analytics.kpi.Fact;
import dev.parley.analytics.kpi.Observation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.processor.internals.ProcessorRecordContext;

/**
 * Gathers a task's events by breakdown between commits: each breakdown's observations of one minute become one
 * record, keyed by the breakdown, forwarded as the task commits (or at once past {@link #MOST_GATHERED}
 * observations). The repartition topic and the window stores then take a record a breakdown and minute a commit
 * instead of one for every event and breakdown (a post has about five breakdowns, its case events more).
 * <p>
 * What is gathered lives only in memory until the commit's own transaction carries it ({@link CommitHook}): a
 * crash aborts the transaction and the input is read again, so nothing is lost or counted twice, and no changelog
 * is needed (keeping it in a logged store cost more than the repartition it saved, performance.md). A record
 * keeps the latest of its events' times, all in the same minute and so in the same windows of every size.
 */
final class BreakdownGathering implements Processor<String, List<Fact>, String, List<Observation>> {
    static final String COMMIT_HOOK = "kpi-gathering-commit-hook";
    /** Bounds what one task holds when commits are far apart (catching up): ~40 bytes an observation. */
    static final int MOST_GATHERED = 20_000;
    private static final long MINUTE = 60_000;

    private final Map<Bucket, Gathered> gathered = new LinkedHashMap<>();
    private int observations;
    private InternalProcessorContext<String, List<Observation>> context;
    /** Where forwarding starts from, and the record context it runs in, when the commit calls. */
    private ProcessorNode<?, ?, ?, ?> node;
    private ProcessorRecordContext lastRecord;

    private record Bucket(String breakdown, long minute) {
    }

    private static final class Gathered {
        private final List<Observation> observations = new ArrayList<>();
        private long latest;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void init(ProcessorContext<String, List<Observation>> context) {
        this.context = (InternalProcessorContext<String, List<Observation>>) context;
        // Initialised again after an aborted transaction: what was gathered then is read again from the input.
        gathered.clear();
        observations = 0;
        CommitHook hook = context.getStateStore(COMMIT_HOOK);
        hook.onCommit(this::forwardGathered);
    }

    @Override
    public void process(Record<String, List<Fact>> record) {
        node = context.currentNode();
        lastRecord = context.recordContext();
        long minute = record.timestamp() - Math.floorMod(record.timestamp(), MINUTE);
        Breakdowns.of(record.value()).forEach((breakdown, seen) -> {
            Gathered bucket = gathered.computeIfAbsent(new Bucket(breakdown, minute), b -> new Gathered());
            bucket.observations.addAll(seen);
            bucket.latest = Math.max(bucket.latest, record.timestamp());
            observations += seen.size();
        });
        if (observations >= MOST_GATHERED) {
            forwardGathered();
        }
    }

    /** Forwards every gathered record, in the order their breakdowns and minutes were first seen. */
    private void forwardGathered() {
        if (gathered.isEmpty()) {
            return;
        }
        ProcessorNode<?, ?, ?, ?> previousNode = context.currentNode();
        ProcessorRecordContext previousRecord = context.recordContext();
        context.setCurrentNode(node);
        context.setRecordContext(lastRecord);
        try {
            gathered.forEach((bucket, records) -> context.forward(
                    new Record<>(bucket.breakdown(), records.observations, records.latest)));
        } finally {
            context.setCurrentNode(previousNode);
            context.setRecordContext(previousRecord);
            gathered.clear();
            observations = 0;
        }
    }
}
