package dev.parley.analytics.stream;

import dev.parley.analytics.kpi.Breakdowns;
import dev.parley.analytics.kpi.Fact;
import dev.parley.analytics.kpi.Observation;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Gathers a task's events by breakdown between commits ({@link CommitGathering}): each breakdown's observations of
 * one minute become one record, keyed by the breakdown, so the repartition topic and the window stores take a
 * record a breakdown and minute a commit instead of one for every event and breakdown (a post has about five
 * breakdowns, its case events more). A minute lies in one window of each size.
 */
final class BreakdownGathering extends CommitGathering<List<Fact>, List<Observation>> {
    static final String COMMIT_HOOK = "kpi-gathering-commit-hook";
    private static final long MINUTE = 60_000;

    BreakdownGathering() {
        super(COMMIT_HOOK);
    }

    @Override
    void gather(Record<String, List<Fact>> record) {
        long minute = record.timestamp() - Math.floorMod(record.timestamp(), MINUTE);
        Breakdowns.of(record.value()).forEach((breakdown, seen) -> add(breakdown, minute, record.timestamp(),
                ArrayList::new, gathered -> {
                    gathered.addAll(seen);
                    return gathered;
                }, seen.size()));
    }
}
