package dev.parley.ingestion.meta;

import java.time.Instant;

/** Meta sends times as epoch seconds or milliseconds, as numbers or strings. */
final class EpochTimes {
    /** Below this a number is seconds: 10^11 s is the year 5138; 10^11 ms is 1973. */
    private static final long SECONDS_LIMIT = 100_000_000_000L;

    private EpochTimes() {
    }

    static Instant parse(String value) {
        long number = Long.parseLong(value.trim());
        return number < SECONDS_LIMIT ? Instant.ofEpochSecond(number) : Instant.ofEpochMilli(number);
    }
}
