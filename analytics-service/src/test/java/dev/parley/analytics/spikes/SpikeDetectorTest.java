package dev.parley.analytics.spikes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.events.Alert;
import dev.parley.events.AlertSeverity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpikeDetectorTest {
    private static final Instant START = Instant.parse("2026-11-23T00:00:00Z");
    private static final SpikeSettings SETTINGS = SpikeSettings.DEFAULTS;

    private TopicHours state;
    private final List<Alert> alerts = new ArrayList<>();

    private void posts(int hour, int count, int negatives) {
        for (int i = 0; i < count; i++) {
            Instant at = START.plus(Duration.ofHours(hour)).plusSeconds(i);
            SpikeDetector.Outcome outcome = SpikeDetector.observe(state, post(at, i < negatives), SETTINGS);
            state = outcome.state();
            alerts.addAll(outcome.alerts());
        }
    }

    private static TopicPosts post(Instant at, boolean negative) {
        return new TopicPosts("acme-air", "lost-luggage", at, 1, negative ? 1 : 0);
    }

    @Test
    void aVolumeSpikeOverAQuietBaselineRaisesExactlyOneCriticalAlert() {
        for (int hour = 0; hour < 5; hour++) {
            posts(hour, 2, 1);
        }
        posts(5, 40, 20);

        assertThat(alerts).hasSize(1);
        Alert alert = alerts.get(0);
        assertThat(alert.type()).isEqualTo("volume_spike");
        assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(alert.dimensions()).containsEntry("brand", "acme-air").containsEntry("topic", "lost-luggage");
        assertThat(alert.title()).isEqualTo("Crisis: 20 posts about lost-luggage for acme-air this hour, usually 2.0");
        assertThat(alert.alertId()).isEqualTo("volume_spike|acme-air|lost-luggage|2026-11-23T05:00:00Z|critical");
    }

    @Test
    void ordinaryVariationIsNoSpike() {
        int[] volumes = {20, 25, 22, 30, 24, 27, 21, 26, 29, 23};
        for (int hour = 0; hour < volumes.length; hour++) {
            posts(hour, volumes[hour], volumes[hour] / 2);
        }

        assertThat(alerts).isEmpty();
    }

    @Test
    void nothingFiresBelowTheMinimumVolumeOrWithoutABaseline() {
        posts(0, 200, 150);
        for (int hour = 1; hour < 6; hour++) {
            posts(hour, 1, 0);
        }
        posts(6, SETTINGS.minVolume() - 1, 0);

        assertThat(alerts).isEmpty();
    }

    @Test
    void aTurnToNegativeAtUsualVolumeRaisesANegativeSpike() {
        for (int hour = 0; hour < 6; hour++) {
            posts(hour, 30, 6);
        }
        posts(6, 30, 24);

        assertThat(alerts).extracting(Alert::type).containsExactly("negative_spike");
        assertThat(alerts.get(0).severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(alerts.get(0).detail()).contains("p = ");
    }

    @Test
    void anHoursPostsGatheredRaiseWhatTheyRaiseOneByOne() {
        posts(0, 2, 1);
        posts(1, 2, 1);
        posts(2, 2, 1);
        posts(3, 2, 1);
        posts(4, 2, 1);
        TopicHours baseline = state;
        posts(5, 40, 20);
        TopicHours oneByOne = state;
        TopicPosts gathered = post(START.plus(Duration.ofHours(5)), true);
        for (int i = 1; i < 40; i++) {
            gathered = gathered.plus(post(START.plus(Duration.ofHours(5)).plusSeconds(i), i < 20));
        }

        SpikeDetector.Outcome outcome = SpikeDetector.observe(baseline, gathered, SETTINGS);

        assertThat(outcome.state().hours()).isEqualTo(oneByOne.hours());
        assertThat(outcome.alerts()).extracting(Alert::type, Alert::severity)
                .containsExactly(tuple("volume_spike", AlertSeverity.CRITICAL));
        assertThat(alerts).extracting(Alert::type, Alert::severity)
                .containsExactly(tuple("volume_spike", AlertSeverity.CRITICAL));
    }

    @Test
    void aLatePostCountsInItsOwnHourAndRaisesNothing() {
        posts(0, 5, 0);
        posts(1, 5, 0);

        SpikeDetector.Outcome late = SpikeDetector.observe(state, post(START.plusSeconds(60), true), SETTINGS);

        assertThat(late.state().hours()).extracting(TopicHours.HourCount::volume).containsExactly(6L, 5L);
        assertThat(late.alerts()).isEmpty();
    }

    @Test
    void baselineHoursArrivingOutOfOrderStillMakeTheBaseline() {
        for (int hour : new int[] {4, 1, 3, 0, 2}) {
            posts(hour, 2, 1);
        }
        posts(5, 40, 20);

        assertThat(alerts).extracting(Alert::type).containsExactly("volume_spike");
        assertThat(alerts.get(0).title()).endsWith("usually 2.0");
    }

    @Test
    void postsMoreThanTwoDaysLateAreDropped() {
        posts(0, 3, 0);
        posts(SpikeDetector.KEPT_HOURS + 2, 1, 0);

        SpikeDetector.Outcome late = SpikeDetector.observe(state, post(START, true), SETTINGS);

        assertThat(late.state()).isEqualTo(state);
        assertThat(state.hours()).extracting(TopicHours.HourCount::hourStart)
                .containsExactly(START.plus(Duration.ofHours(SpikeDetector.KEPT_HOURS + 2)).toEpochMilli());
    }
}
