package dev.parley.ingestion.platform;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * When a platform's answer says to wait before the next call, and until when. Platforms say it in
 * different headers:
 * <ul>
 *   <li>{@code Retry-After}: seconds or an HTTP date (any platform, usually with 429 or 503);</li>
 *   <li>X: {@code x-rate-limit-remaining} and {@code x-rate-limit-reset} (epoch seconds);</li>
 *   <li>Reddit: {@code x-ratelimit-remaining} and {@code x-ratelimit-reset} (seconds from now, may be
 *   fractional in {@code remaining}).</li>
 * </ul>
 */
public final class RateLimitHeaders {
    private RateLimitHeaders() {
    }

    /** The time before which no further call should be made; empty when the answer sets no limit. */
    public static Optional<Instant> blockedUntil(HttpHeaders headers, Instant now) {
        Optional<Instant> retryAfter = headers.firstValue("retry-after").flatMap(value -> retryAfter(value, now));
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        if (exhausted(headers, "x-rate-limit-remaining")) {
            OptionalLong reset = number(headers, "x-rate-limit-reset");
            if (reset.isPresent()) {
                return Optional.of(Instant.ofEpochSecond(reset.getAsLong()));
            }
        }
        if (exhausted(headers, "x-ratelimit-remaining")) {
            OptionalLong reset = number(headers, "x-ratelimit-reset");
            if (reset.isPresent()) {
                return Optional.of(now.plusSeconds(reset.getAsLong()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> retryAfter(String value, Instant now) {
        String trimmed = value.trim();
        try {
            return Optional.of(now.plus(Duration.ofSeconds(Long.parseLong(trimmed))));
        } catch (NumberFormatException notSeconds) {
            try {
                return Optional.of(ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }

    private static boolean exhausted(HttpHeaders headers, String name) {
        return headers.firstValue(name).map(value -> {
            try {
                return Double.parseDouble(value.trim()) < 1;
            } catch (NumberFormatException e) {
                return false;
            }
        }).orElse(false);
    }

    private static OptionalLong number(HttpHeaders headers, String name) {
        try {
            return headers.firstValue(name).map(v -> OptionalLong.of((long) Math.ceil(Double.parseDouble(v.trim()))))
                    .orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
