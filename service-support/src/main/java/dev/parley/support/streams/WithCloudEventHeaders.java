package dev.parley.support.streams;

import dev.parley.events.CloudEventHeaders;
import dev.parley.events.EventType;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Gives each record of a Kafka Streams topology its own CloudEvents headers. Kafka Streams copies the
 * input record's headers to its outputs; without this, an output would carry its input's {@code ce_type}.
 */
public final class WithCloudEventHeaders<K, V> implements FixedKeyProcessor<K, V, V> {
    private final EventType type;
    private final String source;
    private FixedKeyProcessorContext<K, V> context;

    public WithCloudEventHeaders(EventType type, String source) {
        this.type = type;
        this.source = source;
    }

    @Override
    public void init(FixedKeyProcessorContext<K, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<K, V> record) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.forNewEvent(type, source)
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        context.forward(record.withHeaders(headers));
    }
}
