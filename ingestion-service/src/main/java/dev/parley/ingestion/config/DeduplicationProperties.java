package dev.parley.ingestion.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parley.ingestion.deduplication.*}: how long the exactly-once stage remembers what it has seen.
 *
 * @param rememberFor an item delivered again within this time of its first delivery is a repeat and
 *                    published nothing; later it would be published again. Threads are remembered as
 *                    long. Default 90 days: longer than any platform retries, overlapping polls or
 *                    the raw topic's 30 days of replay
 */
@ConfigurationProperties("parley.ingestion.deduplication")
public record DeduplicationProperties(Duration rememberFor) {
    public DeduplicationProperties {
        rememberFor = rememberFor == null ? Duration.ofDays(90) : rememberFor;
        if (rememberFor.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("parley.ingestion.deduplication.remember-for must be at least 1 day:"
                    + " webhooks retry and polls overlap for hours");
        }
    }
}
