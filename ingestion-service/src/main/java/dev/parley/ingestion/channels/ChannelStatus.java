package dev.parley.ingestion.channels;

import java.time.Instant;

/**
 * One channel as {@code GET /api/v1/channels} shows it.
 *
 * @param channel            e.g. {@code x-search:acme-air}, {@code webhook:meta}
 * @param state              ok, degraded, failing or silent
 * @param lastEventAt        when the channel last brought an item, else null
 * @param lastSuccessAt      when a poll or delivery last succeeded, else null
 * @param lastError          the last failure's reason, else null
 * @param lastErrorAt        when it happened, else null
 * @param eventsPerHour      the recent rate (exponentially weighted, one-hour time constant)
 * @param usualEventsPerHour the usual rate (one-day time constant)
 */
public record ChannelStatus(String channel, ChannelState state, Instant lastEventAt, Instant lastSuccessAt,
                            String lastError, Instant lastErrorAt, double eventsPerHour, double usualEventsPerHour) {
}
