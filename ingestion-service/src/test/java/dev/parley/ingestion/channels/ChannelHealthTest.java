package dev.parley.ingestion.channels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.events.Alert;
import dev.parley.events.AlertSeverity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelHealthTest {
    private static final Instant T0 = Instant.parse("2026-11-22T00:00:00Z");
    private final ChannelHealth health = new ChannelHealth(6, 0.1);

    /** A steady 60 items an hour for a day. */
    private Instant steadyDay(String channel) {
        Instant t = T0;
        for (int minute = 0; minute < 24 * 60; minute++) {
            t = T0.plus(Duration.ofMinutes(minute));
            health.succeeded(channel, 1, t);
        }
        return t;
    }

    @Test
    void aRegisteredChannelIsVisibleAndOkBeforeItsFirstPoll() {
        health.register("x-search:acme-air");

        assertThat(health.statuses(T0)).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(ChannelState.OK);
            assertThat(s.lastEventAt()).isNull();
        });
    }

    @Test
    void oneFailureDegradesThreeInARowFailAndASuccessRecovers() {
        health.failed("reddit", "Reddit answered 503", false, T0);
        assertThat(health.statuses(T0).get(0).state()).isEqualTo(ChannelState.DEGRADED);

        health.failed("reddit", "Reddit answered 503", false, T0.plusSeconds(60));
        health.failed("reddit", "Reddit answered 500", false, T0.plusSeconds(120));
        ChannelStatus failing = health.statuses(T0.plusSeconds(120)).get(0);
        assertThat(failing.state()).isEqualTo(ChannelState.FAILING);
        assertThat(failing.lastError()).isEqualTo("Reddit answered 500");

        health.succeeded("reddit", 0, T0.plusSeconds(180));
        assertThat(health.statuses(T0.plusSeconds(180)).get(0).state()).isEqualTo(ChannelState.OK);
    }

    @Test
    void aBusyChannelThatStopsBringingItemsTurnsSilentAndAlertsOnce() {
        Instant last = steadyDay("webhook:meta");
        ChannelStatus busy = health.statuses(last).get(0);
        assertThat(busy.state()).isEqualTo(ChannelState.OK);
        assertThat(busy.eventsPerHour()).isBetween(55.0, 61.0);

        Instant quietHour = last.plus(Duration.ofHours(1));
        assertThat(health.statuses(quietHour).get(0).state()).isEqualTo(ChannelState.OK);
        Instant quiet = last.plus(Duration.ofHours(3));
        health.succeeded("webhook:meta", 0, quiet);

        assertThat(health.statuses(quiet).get(0).state()).isEqualTo(ChannelState.SILENT);
        List<Alert> alerts = health.newAlerts(quiet);
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.type()).isEqualTo("channel_silent");
            assertThat(alert.severity()).isEqualTo(AlertSeverity.WARNING);
            assertThat(alert.dimensions()).containsEntry("channel", "webhook:meta");
        });
        assertThat(health.newAlerts(quiet.plusSeconds(60))).isEmpty();
        health.alertNotDelivered(alerts.get(0));
        assertThat(health.newAlerts(quiet.plusSeconds(90))).as("raised again when Kafka did not take it").hasSize(1);
    }

    @Test
    void aQuietChannelThatIsUsuallyQuietIsNotSilent() {
        health.succeeded("trustpilot:1", 1, T0);

        assertThat(health.statuses(T0.plus(Duration.ofDays(2))).get(0).state()).isEqualTo(ChannelState.OK);
    }

    @Test
    void aPausedChannelFailsAtOnceWithACriticalAlert() {
        health.failed("x-search:acme-air", "X rate limit: no calls until 2026-11-22T00:15:00Z", true, T0);

        assertThat(health.newAlerts(T0)).singleElement().satisfies(alert -> {
            assertThat(alert.type()).isEqualTo("channel_failing");
            assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
            assertThat(alert.detail()).contains("no calls until");
        });
    }
}
