package dev.parley.analytics.stream;

import dev.parley.analytics.kpi.Breakdowns;
import dev.parley.analytics.kpi.Fact;
import dev.parley.analytics.kpi.Observation;
import java.time.Duration;
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

    BreakdownGathering() {
        super(COMMIT_HOOK, Duration.ofMinutes(1));
    }

    @Override
    void gather(Record<String, List<Fact>> record) {
        // Each breakdown's list is the event's own (Breakdowns.of makes them), so it can be kept and added to.
        Breakdowns.of(record.value()).forEach((breakdown, observations) -> add(breakdown, record.timestamp(),
                observations, observations.size()));
    }

    @Override
    List<Observation> merge(List<Observation> gathered, List<Observation> more) {
        gathered.addAll(more);
        return gathered;
    }
}
