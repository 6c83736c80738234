package dev.parley.ingestion.polling;

/**
 * A connector that asks a platform for what is new since a cursor. Implementations only read: the
 * items and the next cursor are stored together by the caller (in one Kafka transaction), so a
 * restart resumes exactly where the last stored poll ended.
 */
public interface Poller {

    /** The channel's id, unique across the service, e.g. {@code reddit-comments:r/acmeair}; keys the cursor. */
    String channel();

    /**
     * @param cursor where the last stored poll ended; null on the first poll ever
     * @throws dev.parley.ingestion.platform.PlatformCallException when the platform could not be read
     */
    Poll poll(String cursor);
}
