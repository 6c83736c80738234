package dev.parley.ingestion.channels;

import dev.parley.events.Alert;
import dev.parley.events.AlertSeverity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every connector reports (items received, successes, failures), turned into a state per channel
 * and alerts when a channel starts failing or falls silent. Rates are exponentially weighted counts:
 * a recent one (one-hour time constant) and a usual one (one day); a channel is silent when it
 * usually brings at least {@code minUsualPerHour} items an hour and its recent rate has dropped under
 * {@code silentShare} of that. Channels never fail silently: every failure is kept with its reason.
 */
public class ChannelHealth {
    static final Duration RECENT = Duration.ofHours(1);
    static final Duration USUAL = Duration.ofDays(1);
    static final int FAILURES_BEFORE_FAILING = 3;

    private final double minUsualPerHour;
    private final double silentShare;
    private final Map<String, Channel> channels = new ConcurrentHashMap<>();

    public ChannelHealth(double minUsualPerHour, double silentShare) {
        this.minUsualPerHour = minUsualPerHour;
        this.silentShare = silentShare;
    }

    /** Makes a configured channel visible before its first report. */
    public void register(String channel) {
        channels.computeIfAbsent(channel, c -> new Channel());
    }

    /** A poll or delivery succeeded and brought {@code items} items. */
    public void succeeded(String channel, int items, Instant at) {
        Channel c = channels.computeIfAbsent(channel, k -> new Channel());
        synchronized (c) {
            c.decayTo(at);
            c.recent += items;
            c.usual += items;
            if (items > 0) {
                c.lastEventAt = at;
            }
            c.lastSuccessAt = at;
            c.failuresInARow = 0;
            c.paused = false;
        }
    }

    /**
     * A poll or delivery failed.
     *
     * @param paused true when calls are paused (circuit open, rate limit far ahead): failing at once
     */
    public void failed(String channel, String reason, boolean paused, Instant at) {
        Channel c = channels.computeIfAbsent(channel, k -> new Channel());
        synchronized (c) {
            c.lastError = reason;
            c.lastErrorAt = at;
            c.failuresInARow++;
            c.paused = paused;
        }
    }

    public List<ChannelStatus> statuses(Instant now) {
        List<ChannelStatus> all = new ArrayList<>();
        channels.forEach((name, c) -> {
            synchronized (c) {
                c.decayTo(now);
                all.add(new ChannelStatus(name, c.state(), c.lastEventAt, c.lastSuccessAt, c.lastError, c.lastErrorAt,
                        c.recent / RECENT.toSeconds() * 3600, c.usual / USUAL.toSeconds() * 3600));
            }
        });
        all.sort(Comparator.comparing(ChannelStatus::channel));
        return all;
    }

    /** An alert for each channel that has become failing or silent since the last call; each only once. */
    public List<Alert> newAlerts(Instant now) {
        List<Alert> alerts = new ArrayList<>();
        for (ChannelStatus status : statuses(now)) {
            Channel c = channels.get(status.channel());
            synchronized (c) {
                ChannelState previous = c.alerted;
                c.alerted = status.state();
                if (status.state() == previous) {
                    continue;
                }
                if (status.state() == ChannelState.FAILING) {
                    alerts.add(alert("channel_failing", AlertSeverity.CRITICAL, status.channel() + " is failing",
                            "The last " + c.failuresInARow + " attempts failed; the latest at " + status.lastErrorAt()
                                    + ": " + status.lastError(), status.channel(), now));
                } else if (status.state() == ChannelState.SILENT) {
                    alerts.add(alert("channel_silent", AlertSeverity.WARNING, status.channel() + " has gone quiet",
                            String.format("%.1f items an hour recently against %.1f usually; last item at %s",
                                    status.eventsPerHour(), status.usualEventsPerHour(), status.lastEventAt()),
                            status.channel(), now));
                }
            }
        }
        return alerts;
    }

    /** An alert from {@link #newAlerts} could not be published: raise it again at the next check. */
    public void alertNotDelivered(Alert alert) {
        Channel c = channels.get(alert.dimensions().get("channel"));
        if (c != null) {
            synchronized (c) {
                c.alerted = ChannelState.OK;
            }
        }
    }

    private static Alert alert(String type, AlertSeverity severity, String title, String detail, String channel,
                               Instant now) {
        return new Alert(UUID.randomUUID().toString(), type, severity, title, detail, Map.of("channel", channel), now);
    }

    private final class Channel {
        double recent;
        double usual;
        Instant decayedAt;
        Instant lastEventAt;
        Instant lastSuccessAt;
        String lastError;
        Instant lastErrorAt;
        int failuresInARow;
        boolean paused;
        ChannelState alerted = ChannelState.OK;

        void decayTo(Instant now) {
            if (decayedAt != null && now.isAfter(decayedAt)) {
                double seconds = Duration.between(decayedAt, now).toMillis() / 1000.0;
                recent *= Math.exp(-seconds / RECENT.toSeconds());
                usual *= Math.exp(-seconds / USUAL.toSeconds());
            }
            if (decayedAt == null || now.isAfter(decayedAt)) {
                decayedAt = now;
            }
        }

        ChannelState state() {
            if (paused || failuresInARow >= FAILURES_BEFORE_FAILING) {
                return ChannelState.FAILING;
            }
            if (failuresInARow > 0) {
                return ChannelState.DEGRADED;
            }
            double usualPerHour = usual / USUAL.toSeconds() * 3600;
            double recentPerHour = recent / RECENT.toSeconds() * 3600;
            return usualPerHour >= minUsualPerHour && recentPerHour < silentShare * usualPerHour
                    ? ChannelState.SILENT : ChannelState.OK;
        }
    }
}
