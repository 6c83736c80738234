package dev.parley.support.messaging;

import dev.parley.events.Topic;
import java.util.ArrayList;
import java.util.List;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * One record of a poll handed to a {@code batch-mode} function with native decoding: its value's bytes (read by
 * the function itself, so one unreadable record cannot fail the poll), key and Kafka timestamp.
 *
 * @param key       the record's key, or null
 * @param value     the record's value
 * @param timestamp the record's Kafka timestamp (epoch milliseconds), or null when the binder gave none
 */
public record PolledRecord(Object key, byte[] value, Long timestamp) {

    /** The poll's records, in order. */
    public static List<PolledRecord> of(Message<List<byte[]>> poll) {
        List<byte[]> values = poll.getPayload();
        List<?> keys = poll.getHeaders().get(KafkaHeaders.RECEIVED_KEY, List.class);
        List<?> timestamps = poll.getHeaders().get(KafkaHeaders.RECEIVED_TIMESTAMP, List.class);
        List<PolledRecord> records = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            records.add(new PolledRecord(at(keys, i), values.get(i), at(timestamps, i) instanceof Long at ? at : null));
        }
        return records;
    }

    /** This record parked on {@code from}'s dead-letter topic with the reason (see {@link DeadLetters}). */
    public Message<byte[]> deadLetter(Topic from, Exception reason) {
        return DeadLetters.of(from, key, value, reason);
    }

    private static Object at(List<?> list, int index) {
        return list == null || list.size() <= index ? null : list.get(index);
    }
}
