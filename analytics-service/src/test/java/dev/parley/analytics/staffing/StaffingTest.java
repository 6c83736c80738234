package dev.parley.analytics.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.analytics.query.StaffingFinder;
import dev.parley.analytics.stream.TopologyHarness;
import dev.parley.events.CaseEvent;
import dev.parley.events.CaseEventType;
import dev.parley.events.CaseStatus;
import dev.parley.events.Platform;
import dev.parley.events.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StaffingTest {

    @Test
    void erlangCMatchesTheTextbookExample() {
        // 200 contacts an hour of 3 minutes each (10 Erlangs), 80% to be answered within 20 seconds.
        Duration handle = Duration.ofSeconds(180);
        Duration target = Duration.ofSeconds(20);

        assertThat(ErlangC.probabilityOfWaiting(12, 10)).isCloseTo(0.4494, within(1e-4));
        assertThat(ErlangC.serviceLevel(13, 10, handle, target)).isCloseTo(0.7956, within(1e-4));
        assertThat(ErlangC.serviceLevel(14, 10, handle, target)).isCloseTo(0.8884, within(1e-4));
        assertThat(ErlangC.agentsNeeded(200, handle, target, 0.8)).isEqualTo(14);
        assertThat(ErlangC.agentsNeeded(0, handle, target, 0.8)).isZero();
    }

    @Test
    void theForecastIsTheSameHourOfPastWeeksAndTheRosterIsComparedWithWhatItNeeds() {
        Instant monday9 = Instant.parse("2026-11-23T09:00:00Z");
        try (TopologyHarness harness = new TopologyHarness()) {
            var cases = harness.input(Topic.CASES.topicName(), CaseEvent.class);
            int[] pastWeeks = {40, 60, 50, 50};
            for (int week = 4; week >= 1; week--) {
                Instant hour = monday9.minus(Duration.ofDays(7L * week));
                for (int i = 0; i < pastWeeks[week - 1]; i++) {
                    cases.pipeInput("x:" + i, opened(hour.plusSeconds(i)));
                }
            }
            StaffingFinder finder = new StaffingFinder(harness.stores(),
                    new StaffingSettings(Duration.ofMinutes(6), Duration.ofMinutes(15), 0.8, 4));

            StaffingPlan plan = finder.plan("acme-air", null, monday9, 2, List.of(4, 1));

            StaffingPlan.Hour nine = plan.hours().get(0);
            assertThat(nine.forecast()).isEqualTo(50.0);
            // 50 cases of 6 minutes = 5 Erlangs; 80% within 15 minutes needs 6 agents.
            assertThat(nine.needed()).isEqualTo(ErlangC.agentsNeeded(50, Duration.ofMinutes(6),
                    Duration.ofMinutes(15), 0.8)).isEqualTo(6);
            assertThat(nine.shortfall()).isEqualTo(2);
            StaffingPlan.Hour ten = plan.hours().get(1);
            assertThat(ten.forecast()).isZero();
            assertThat(ten.needed()).isZero();
            assertThat(ten.shortfall()).isZero();
            assertThat(plan.shortHours()).isEqualTo(1);
        }
    }

    private static CaseEvent opened(Instant at) {
        return new CaseEvent(UUID.randomUUID().toString(), CaseEventType.OPENED, UUID.randomUUID().toString(), "x:1",
                "acme-air", Platform.X, CaseStatus.NEW, 40, null, null, null, at, null, null, null, null, "public", at,
                null, "care", null);
    }
}
