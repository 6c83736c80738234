package dev.parley.analytics.query;

import dev.parley.analytics.sampling.CaseSummary;
import dev.parley.events.CaseEvent;
import dev.parley.events.Topic;
import dev.parley.support.kafka.TopicReplay;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A brand's cases opened in a period, straight from {@code parley.cases} (kept a year): each partition is read from
 * the first event written at or after the period's start to its end, and each case's events are folded, in order,
 * into a {@link CaseSummary} of how it stands now. A record deleted or unreadable is skipped.
 */
public class PeriodCases {
    private final String bootstrapServers;
    private final JsonMapper json;

    public PeriodCases(String bootstrapServers, JsonMapper json) {
        this.bootstrapServers = bootstrapServers;
        this.json = json;
    }

    /** The cases of the brand opened in [from, to), as they stand now. */
    public List<CaseSummary> opened(String brand, Instant from, Instant to) {
        Map<String, CaseSummary> cases = new HashMap<>();
        TopicReplay.readFromTime(bootstrapServers, Topic.CASES.topicName(), from, (key, value) -> {
            CaseEvent event;
            try {
                event = json.readValue(value, CaseEvent.class);
            } catch (RuntimeException e) {
                // Unreadable records are parked on the dead-letter topic by the topology; nothing to fold here.
                return;
            }
            if (event.brand().equals(brand)) {
                cases.put(event.caseId(), CaseSummary.fold(cases.get(event.caseId()), event));
            }
        });
        return cases.values().stream().filter(c -> !c.openedAt().isBefore(from) && c.openedAt().isBefore(to))
                .toList();
    }
}
