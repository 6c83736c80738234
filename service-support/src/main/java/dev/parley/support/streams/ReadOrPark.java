package dev.parley.support.streams;

import dev.parley.events.Topic;
import dev.parley.support.messaging.DeadLetters;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * A topic's records read in a Kafka Streams topology; a record that cannot be read goes, unchanged, to the
 * topic's dead-letter topic with the reason ({@link DeadLetters}' headers), in the same transaction as the rest of
 * the topology's work on its input. Kafka Streams' own deserialization handlers (4.1) can only skip such a record
 * or stop.
 */
public final class ReadOrPark {
    private ReadOrPark() {
    }

    /** A record's value: read, or the bytes that could not be read and why. */
    public sealed interface Readable<T> {
    }

    public record Read<T>(T value) implements Readable<T> {
    }

    public record Unreadable<T>(byte[] bytes, String reason) implements Readable<T> {
    }

    /**
     * The topic's readable values ({@code null} ones, tombstones, included). An {@code eventTime} extractor sees
     * {@link Readable} values: {@link #valueOf} gives the one read.
     */
    public static <T> KStream<String, T> stream(StreamsBuilder builder, Topic topic, Deserializer<T> reader,
            TimestampExtractor eventTime) {
        String deadLetters = topic.deadLetterTopicName().orElseThrow(() -> new IllegalArgumentException(
                topic.topicName() + " has no dead-letter topic"));
        Consumed<String, Readable<T>> consumed = Consumed.with(Serdes.String(), new ReadableSerde<>(reader));
        String prefix = topic.topicName() + "-";
        Map<String, KStream<String, Readable<T>>> branches = builder
                .stream(topic.topicName(), eventTime == null ? consumed : consumed.withTimestampExtractor(eventTime))
                .split(Named.as(prefix))
                .branch((key, value) -> value instanceof Unreadable, Branched.as("unreadable"))
                .defaultBranch(Branched.as("read"));
        branches.get(prefix + "unreadable")
                .processValues(() -> new Parked<>(topic), Named.as(prefix + "parked"))
                .to(deadLetters, Produced.with(Serdes.String(), Serdes.ByteArray()));
        return branches.get(prefix + "read").mapValues(value -> value instanceof Read<T> read ? read.value() : null,
                Named.as(prefix + "read-values"));
    }

    /** The value read from a record of {@link #stream}; {@code null} for a tombstone or an unreadable record. */
    public static Object valueOf(Object readable) {
        return readable instanceof Read<?> read ? read.value() : null;
    }

    /** The unreadable record's own bytes, with why and where from in its headers. */
    private static final class Parked<T> implements FixedKeyProcessor<String, Readable<T>, byte[]> {
        private final Topic from;
        private FixedKeyProcessorContext<String, byte[]> context;

        Parked(Topic from) {
            this.from = from;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, byte[]> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, Readable<T>> record) {
            Unreadable<T> unreadable = (Unreadable<T>) record.value();
            FixedKeyRecord<String, byte[]> parked = record.withValue(unreadable.bytes());
            DeadLetters.setReason(parked.headers(), from, unreadable.reason());
            context.forward(parked);
        }
    }

    /** Never throws on reading: what the reader refuses becomes {@link Unreadable}. Values are never written. */
    private record ReadableSerde<T>(Deserializer<T> reader) implements Serde<Readable<T>> {
        @Override
        public Serializer<Readable<T>> serializer() {
            return (topic, value) -> {
                throw new UnsupportedOperationException("a topic's records as read are never written back");
            };
        }

        @Override
        public Deserializer<Readable<T>> deserializer() {
            return new Deserializer<>() {
                @Override
                public Readable<T> deserialize(String topic, byte[] bytes) {
                    return deserialize(topic, null, bytes);
                }

                @Override
                public Readable<T> deserialize(String topic, Headers headers, byte[] bytes) {
                    if (bytes == null) {
                        return null;
                    }
                    try {
                        return new Read<>(reader.deserialize(topic, headers, bytes));
                    } catch (RuntimeException e) {
                        return new Unreadable<>(bytes, e.getMessage() == null ? e.getClass().getName() : e.getMessage());
                    }
                }
            };
        }
    }
}
