package dev.parley.analytics.stream;

import dev.parley.analytics.kpi.KpiAggregates;
import dev.parley.analytics.kpi.KpiWireNames;
import dev.parley.analytics.kpi.Observation;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Fixed binary layouts of the topology's hottest internal values (JSON cost several times more): the observations a
 * breakdown record carries past the repartition, and the window stores' aggregates. KPIs are written by their wire
 * names ({@link KpiWireNames}), so reordering or adding KPIs never misreads a stored value.
 * <ul>
 * <li>observations: format 1, count (2 bytes), then per observation the KPI name and the value (8 bytes);</li>
 * <li>aggregates: format 2, {@link KpiAggregates}' own stored form.</li>
 * </ul>
 */
final class KpiSerdes {
    private static final byte OBSERVATIONS = 1;

    private KpiSerdes() {
    }

    static Serde<List<Observation>> observations() {
        return Serdes.serdeFrom((topic, observations) -> writeObservations(observations),
                (topic, bytes) -> bytes == null ? null : read(bytes, OBSERVATIONS, KpiSerdes::readObservations));
    }

    static Serde<KpiAggregates> aggregates() {
        return Serdes.serdeFrom((topic, aggregates) -> aggregates == null ? null : aggregates.toBytes(),
                (topic, bytes) -> bytes == null ? null
                        : read(bytes, KpiAggregates.FORMAT, in -> KpiAggregates.fromBytes(bytes)));
    }

    private static byte[] writeObservations(List<Observation> observations) {
        if (observations == null) {
            return null;
        }
        int size = 3;
        for (Observation o : observations) {
            size += KpiWireNames.size(o.kpi()) + Double.BYTES;
        }
        ByteBuffer out = ByteBuffer.allocate(size).put(OBSERVATIONS).putShort((short) observations.size());
        for (Observation o : observations) {
            KpiWireNames.write(out, o.kpi());
            out.putDouble(o.value());
        }
        return out.array();
    }

    private static List<Observation> readObservations(ByteBuffer in) {
        int count = in.getShort();
        List<Observation> observations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            observations.add(new Observation(KpiWireNames.read(in), in.getDouble()));
        }
        return observations;
    }

    private static <T> T read(byte[] bytes, byte format, Function<ByteBuffer, T> reader) {
        if (bytes.length < 3 || bytes[0] != format) {
            throw new SerializationException("not a stored " + (format == OBSERVATIONS ? "list of KPI observations"
                    : "set of KPI aggregates") + " (" + bytes.length + " bytes, format "
                    + (bytes.length == 0 ? "none" : bytes[0]) + ")");
        }
        try {
            return reader.apply(ByteBuffer.wrap(bytes, 1, bytes.length - 1));
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new SerializationException("a stored KPI value is cut short or names an unknown KPI", e);
        }
    }
}
