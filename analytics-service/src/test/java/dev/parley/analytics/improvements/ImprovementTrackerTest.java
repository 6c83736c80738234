package dev.parley.analytics.improvements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.analytics.query.ImprovementTracker;
import dev.parley.analytics.query.TrendFinder;
import dev.parley.analytics.stream.TopologyHarness;
import dev.parley.events.CaseEvent;
import dev.parley.events.CaseEventType;
import dev.parley.events.CaseStatus;
import dev.parley.events.Improvement;
import dev.parley.events.Platform;
import dev.parley.events.Topic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.streams.TestInputTopic;
import org.junit.jupiter.api.Test;

/** A registered improvement, through the topology: faster first replies after the change are reported as improved. */
class ImprovementTrackerTest {
    private static final Instant CHANGE = Instant.parse("2026-11-16T00:00:00Z");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void fasterRepliesAfterTheChangeAreAnImprovementAndAVolumeChangeIsJustAChange() {
        try (TopologyHarness harness = new TopologyHarness()) {
            var cases = harness.input(Topic.CASES.topicName(), CaseEvent.class);
            var improvements = harness.input(Topic.ANALYTICS_IMPROVEMENTS.topicName(), Improvement.class);
            // In time order, as they would arrive: a week before the change, then a week after.
            for (int day = -7; day < 7; day++) {
                Instant morning = CHANGE.plus(Duration.ofDays(day)).plusSeconds(3600);
                for (int i = 0; i < 10; i++) {
                    answered(cases, morning.plusSeconds(i * 600L), Duration.ofMinutes((day < 0 ? 40 : 10) + i));
                }
            }
            improvements.pipeInput("imp-1", new Improvement("imp-1", "acme-air", "Saved reply with the tracing link",
                    null, CHANGE.plusSeconds(7200), List.of("first_response_time_p50", "cases_opened", "csat"),
                    Map.of("team", "baggage"), "maria", CHANGE));
            ImprovementTracker tracker = new ImprovementTracker(harness.stores(), new TrendFinder(harness.stores()),
                    NOW);

            ImprovementReview review = tracker.reviews("acme-air", 30).get(0);

            assertThat(review.status()).isEqualTo("measured");
            assertThat(review.since()).isEqualTo(CHANGE);
            assertThat(review.before()).isEqualTo(CHANGE.minus(Duration.ofDays(7)));
            assertThat(review.results()).extracting(ImprovementReview.Result::verdict)
                    .containsExactly("improved", "no_real_change", "too_few_to_tell");
            assertThat(review.results().get(0).trend().previous()).isGreaterThan(40 * 60.0);
            assertThat(review.results().get(0).trend().current()).isLessThan(20 * 60.0);
        }
    }

    @Test
    void anImprovementThatStartedTodayIsTooEarlyToJudge() {
        try (TopologyHarness harness = new TopologyHarness()) {
            harness.input(Topic.ANALYTICS_IMPROVEMENTS.topicName(), Improvement.class).pipeInput("imp-2",
                    new Improvement("imp-2", "acme-air", "New rota", null, NOW.instant(), List.of("sla_compliance"),
                            Map.of(), "li", NOW.instant()));

            ImprovementReview review = new ImprovementTracker(harness.stores(), new TrendFinder(harness.stores()), NOW)
                    .review("imp-2", 30).orElseThrow();

            assertThat(review.status()).isEqualTo("too_early");
            assertThat(review.results()).extracting(ImprovementReview.Result::verdict).containsExactly("too_early");
        }
    }

    private static void answered(TestInputTopic<String, CaseEvent> cases, Instant opened,
            Duration after) {
        String caseId = UUID.randomUUID().toString();
        cases.pipeInput("x:" + caseId, event(caseId, CaseEventType.OPENED, CaseStatus.NEW, opened, opened));
        cases.pipeInput("x:" + caseId, event(caseId, CaseEventType.REPLY_REQUESTED, CaseStatus.PENDING_CUSTOMER,
                opened.plus(after), opened));
    }

    private static CaseEvent event(String caseId, CaseEventType type, CaseStatus status, Instant at, Instant opened) {
        return new CaseEvent(UUID.randomUUID().toString(), type, caseId, "x:" + caseId, "acme-air", Platform.X, status,
                40, null, null, null, at, null, null, null, null, "public", opened, "ana", "baggage", null);
    }
}
