package dev.parley.support.messaging;

import dev.parley.events.Topic;
import java.util.ArrayList;
import java.util.List;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import tools.jackson.databind.ObjectReader;

/**
 * One record of a poll handed to a {@code batch-mode} function with native decoding: its value's bytes (read by
 * the function itself, so one unreadable record cannot fail the poll), key and Kafka timestamp.
 *
 * @param key       the record's key, or null
 * @param value     the record's value
 * @param timestamp the record's Kafka timestamp (epoch milliseconds), or null when the binder gave none
 */
public record PolledRecord(Object key, byte[] value, Long timestamp) {

    private static List<PolledRecord> of(Message<List<byte[]>> poll) {
        List<byte[]> values = poll.getPayload();
        List<?> keys = poll.getHeaders().get(KafkaHeaders.RECEIVED_KEY, List.class);
        List<?> timestamps = poll.getHeaders().get(KafkaHeaders.RECEIVED_TIMESTAMP, List.class);
        List<PolledRecord> records = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            records.add(new PolledRecord(at(keys, i), values.get(i), at(timestamps, i) instanceof Long at ? at : null));
        }
        return records;
    }

    /**
     * The poll's records read with {@code reader}, in order; each that cannot be read is parked on {@code from}'s
     * dead-letter topic with the reason instead.
     */
    public static <T> Read<T> read(Message<List<byte[]>> poll, ObjectReader reader, Topic from) {
        List<Readable<T>> readable = new ArrayList<>();
        List<Message<?>> parked = new ArrayList<>();
        for (PolledRecord record : of(poll)) {
            try {
                readable.add(new Readable<>(record, reader.readValue(record.value())));
            } catch (RuntimeException e) {
                parked.add(record.deadLetter(from, e));
            }
        }
        return new Read<>(readable, parked);
    }

    /** This record parked on {@code from}'s dead-letter topic with the reason (see {@link DeadLetters}). */
    public Message<byte[]> deadLetter(Topic from, Exception reason) {
        return DeadLetters.of(from, key, value, reason);
    }

    /** A record and what it was read as. */
    public record Readable<T>(PolledRecord record, T value) {
    }

    /**
     * A poll, read.
     *
     * @param readable the records that could be read, in order
     * @param parked   dead letters for the others
     */
    public record Read<T>(List<Readable<T>> readable, List<Message<?>> parked) {
        /** What the readable records were read as, in order. */
        public List<T> values() {
            return readable.stream().map(Readable::value).toList();
        }
    }

    private static Object at(List<?> list, int index) {
        return list == null || list.size() <= index ? null : list.get(index);
    }
}
