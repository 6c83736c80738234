package dev.parley.response.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.events.CaseStatus;
import dev.parley.events.Platform;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaTimekeeperTest {
    private static final BusinessCalendar LONDON_OFFICE = new BusinessCalendar(ZoneId.of("Europe/London"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
            Set.of(LocalDate.parse("2026-12-25")));
    private static final SlaPolicy URGENT = new SlaPolicy("urgent", 80, Set.of(), null, Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(4), BusinessCalendar.ALWAYS, Set.of(SlaAction.ESCALATE));
    private static final SlaPolicy STANDARD = new SlaPolicy("standard", 0, Set.of(), null, Duration.ofHours(2),
            Duration.ofHours(4), Duration.ofHours(24), LONDON_OFFICE, Set.of(SlaAction.RAISE_PRIORITY));
    private static final Instant WEDNESDAY_10 = Instant.parse("2026-11-25T10:00:00Z");
    private final SlaTimekeeper keeper = new SlaTimekeeper(List.of(URGENT, STANDARD), 0.8);

    @Test
    void businessTimeSkipsNightsWeekendsAndHolidays() {
        assertThat(LONDON_OFFICE.plus(Instant.parse("2026-11-27T16:00:00Z"), Duration.ofHours(2)))
                .as("Friday 16:00 + 2 h = Monday 10:00").isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(LONDON_OFFICE.plus(Instant.parse("2026-12-24T16:30:00Z"), Duration.ofHours(1)))
                .as("Christmas Eve 16:30 + 1 h skips Christmas").isEqualTo(Instant.parse("2026-12-28T09:30:00Z"));
        assertThat(LONDON_OFFICE.plus(Instant.parse("2026-11-25T06:00:00Z"), Duration.ofMinutes(30)))
                .as("before opening, the clock starts at 9").isEqualTo(Instant.parse("2026-11-25T09:30:00Z"));
        assertThat(BusinessCalendar.ALWAYS.plus(WEDNESDAY_10, Duration.ofHours(30))).isEqualTo(WEDNESDAY_10.plus(Duration.ofHours(30)));
    }

    @Test
    void theFirstMatchingPolicyStartsTheClocksWithANearBreachWarning() {
        SlaTimers timers = keeper.opened(85, Platform.X, "public", WEDNESDAY_10);

        assertThat(timers.policy()).isEqualTo("urgent");
        assertThat(timers.firstResponse()).isEqualTo(new Deadline(WEDNESDAY_10.plusSeconds(12 * 60), WEDNESDAY_10.plusSeconds(15 * 60)));
        assertThat(timers.nextResponse()).isNull();
        assertThat(keeper.opened(30, Platform.X, "public", WEDNESDAY_10).policy()).isEqualTo("standard");
    }

    @Test
    void eachWarningAndBreachIsAnnouncedOnce() {
        SlaTimers timers = keeper.opened(85, Platform.X, "public", WEDNESDAY_10);

        assertThat(keeper.crossings(timers, WEDNESDAY_10.plusSeconds(60))).isEmpty();
        List<SlaTimers.Crossing> warning = keeper.crossings(timers, WEDNESDAY_10.plusSeconds(13 * 60));
        assertThat(warning).extracting(SlaTimers.Crossing::kind, SlaTimers.Crossing::standing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SlaTimers.Kind.FIRST_RESPONSE, SlaTimers.Standing.NEAR_BREACH));
        timers = keeper.announced(timers, warning);
        assertThat(keeper.crossings(timers, WEDNESDAY_10.plusSeconds(14 * 60))).isEmpty();

        List<SlaTimers.Crossing> breach = keeper.crossings(timers, WEDNESDAY_10.plusSeconds(16 * 60));
        assertThat(breach).extracting(SlaTimers.Crossing::standing).containsExactly(SlaTimers.Standing.BREACHED);
        assertThat(keeper.onBreach(timers)).containsExactly(SlaAction.ESCALATE);
    }

    @Test
    void aReplyMeetsTheResponseClocksAndTheCustomersNextPostStartsTheNextOne() {
        SlaTimers timers = keeper.replied(keeper.opened(30, Platform.X, "public", WEDNESDAY_10), WEDNESDAY_10.plusSeconds(600));
        assertThat(timers.firstResponse()).isNull();
        assertThat(timers.firstRespondedAt()).isEqualTo(WEDNESDAY_10.plusSeconds(600));

        Instant posted = Instant.parse("2026-11-25T15:00:00Z");
        timers = keeper.customerPosted(timers, 30, Platform.X, "public", WEDNESDAY_10, posted);
        assertThat(timers.nextResponse().due()).as("2 h left on Wednesday, 2 h on Thursday")
                .isEqualTo(Instant.parse("2026-11-26T11:00:00Z"));

        SlaTimers resolved = keeper.statusChanged(timers, CaseStatus.RESOLVED, posted);
        assertThat(resolved.nextResponse()).isNull();
        assertThat(resolved.resolution()).isNull();
        assertThat(keeper.statusChanged(resolved, CaseStatus.OPEN, posted).resolution()).isNotNull();
    }

    @Test
    void aPostThatMakesTheCaseUrgentBringsTheUrgentPolicy() {
        SlaTimers timers = keeper.opened(30, Platform.X, "public", WEDNESDAY_10);

        SlaTimers urgent = keeper.customerPosted(timers, 90, Platform.X, "public", WEDNESDAY_10, WEDNESDAY_10.plusSeconds(300));

        assertThat(urgent.policy()).isEqualTo("urgent");
        assertThat(urgent.firstResponse().due()).isEqualTo(WEDNESDAY_10.plusSeconds(15 * 60));
    }

    @Test
    void badPoliciesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> new SlaPolicy("x", 0, Set.of(), "dm", Duration.ofHours(1), Duration.ofHours(1),
                Duration.ofHours(1), BusinessCalendar.ALWAYS, Set.of())).hasMessageContaining("channel is public or private");
        assertThatThrownBy(() -> new SlaPolicy("x", 0, Set.of(), null, Duration.ZERO, Duration.ofHours(1),
                Duration.ofHours(1), BusinessCalendar.ALWAYS, Set.of())).hasMessageContaining("positive");
        assertThatThrownBy(() -> new SlaTimekeeper(List.of(URGENT), 1.5)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new BusinessCalendar(ZoneId.of("UTC"), Set.of(DayOfWeek.MONDAY), LocalTime.of(17, 0),
                LocalTime.of(9, 0), Set.of())).hasMessageContaining("closes after it opens");
    }
}
