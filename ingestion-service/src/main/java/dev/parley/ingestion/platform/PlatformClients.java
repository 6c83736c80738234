package dev.parley.ingestion.platform;

import java.net.http.HttpClient;
import java.time.Clock;

/**
 * One client per platform API, shared by its pollers, replies and lookups: a platform's rate limits
 * are per app, so every caller must draw on the same budget.
 */
public record PlatformClients(PlatformClient x, PlatformClient meta, PlatformClient reddit, PlatformClient youtube,
                              PlatformClient trustpilot) {

    public static PlatformClients create(HttpClient http, Clock clock) {
        return new PlatformClients(new PlatformClient("X", http, PlatformLimits.x(), clock),
                new PlatformClient("Meta", http, PlatformLimits.meta(), clock),
                new PlatformClient("Reddit", http, PlatformLimits.reddit(), clock),
                new PlatformClient("YouTube", http, PlatformLimits.youtube(), clock),
                new PlatformClient("Trustpilot", http, PlatformLimits.reviews(), clock));
    }
}
