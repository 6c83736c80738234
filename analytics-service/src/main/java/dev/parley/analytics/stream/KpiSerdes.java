package dev.parley.analytics.stream;

import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.kpi.KpiAggregate;
import dev.parley.analytics.kpi.KpiAggregates;
import dev.parley.analytics.kpi.Observation;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Fixed binary layouts of the topology's hottest internal values (JSON cost several times more): the observations a
 * breakdown record carries past the repartition, and the window stores' aggregates. KPIs are written by their wire
 * names, so reordering or adding KPIs never misreads a stored value.
 * <ul>
 * <li>observations: format 1, count (2 bytes), then per observation the KPI name (1 byte length, ASCII) and the
 * value (8 bytes);</li>
 * <li>aggregates: format 2, count (2 bytes), then per KPI its name, n, sum, sum of squares, promoters, detractors
 * (8 bytes each), the duration histogram's length (−1: none) and bytes.</li>
 * </ul>
 */
final class KpiSerdes {
    private static final byte OBSERVATIONS = 1;
    private static final byte AGGREGATES = 2;
    private static final int AGGREGATE_BYTES = 5 * Long.BYTES + Integer.BYTES;
    private static final Map<Kpi, byte[]> NAMES = new EnumMap<>(Kpi.class);
    /**
     * The KPIs by the length of their wire names: a stored name is compared with these where it lies, since making
     * a String of it and looking that up was most of reading a stored value (every post reads 18).
     */
    private static final List<List<Kpi>> BY_NAME_LENGTH = new ArrayList<>();

    static {
        for (Kpi kpi : Kpi.values()) {
            byte[] name = kpi.wireName().getBytes(StandardCharsets.US_ASCII);
            NAMES.put(kpi, name);
            while (BY_NAME_LENGTH.size() <= name.length) {
                BY_NAME_LENGTH.add(new ArrayList<>());
            }
            BY_NAME_LENGTH.get(name.length).add(kpi);
        }
    }

    private KpiSerdes() {
    }

    static Serde<List<Observation>> observations() {
        return Serdes.serdeFrom((topic, observations) -> writeObservations(observations),
                (topic, bytes) -> bytes == null ? null : read(bytes, OBSERVATIONS, KpiSerdes::readObservations));
    }

    static Serde<KpiAggregates> aggregates() {
        return Serdes.serdeFrom((topic, aggregates) -> writeAggregates(aggregates),
                (topic, bytes) -> bytes == null ? null : read(bytes, AGGREGATES, KpiSerdes::readAggregates));
    }

    private static byte[] writeObservations(List<Observation> observations) {
        if (observations == null) {
            return null;
        }
        int size = 3;
        for (Observation o : observations) {
            size += 1 + NAMES.get(o.kpi()).length + Double.BYTES;
        }
        ByteBuffer out = ByteBuffer.allocate(size).put(OBSERVATIONS).putShort((short) observations.size());
        for (Observation o : observations) {
            putName(out, o.kpi());
            out.putDouble(o.value());
        }
        return out.array();
    }

    private static List<Observation> readObservations(ByteBuffer in) {
        int count = in.getShort();
        List<Observation> observations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            observations.add(new Observation(getName(in), in.getDouble()));
        }
        return observations;
    }

    private static byte[] writeAggregates(KpiAggregates aggregates) {
        if (aggregates == null) {
            return null;
        }
        int size = 3;
        for (Map.Entry<Kpi, KpiAggregate> entry : aggregates.byKpi().entrySet()) {
            byte[] durations = entry.getValue().durations();
            size += 1 + NAMES.get(entry.getKey()).length + AGGREGATE_BYTES + (durations == null ? 0 : durations.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size).put(AGGREGATES).putShort((short) aggregates.byKpi().size());
        for (Map.Entry<Kpi, KpiAggregate> entry : aggregates.byKpi().entrySet()) {
            KpiAggregate a = entry.getValue();
            byte[] durations = a.durations();
            putName(out, entry.getKey());
            out.putLong(a.n()).putDouble(a.sum()).putDouble(a.sumSquares()).putLong(a.promoters())
                    .putLong(a.detractors()).putInt(durations == null ? -1 : durations.length);
            if (durations != null) {
                out.put(durations);
            }
        }
        return out.array();
    }

    private static KpiAggregates readAggregates(ByteBuffer in) {
        int count = in.getShort();
        EnumMap<Kpi, KpiAggregate> byKpi = new EnumMap<>(Kpi.class);
        for (int i = 0; i < count; i++) {
            Kpi kpi = getName(in);
            long n = in.getLong();
            double sum = in.getDouble();
            double sumSquares = in.getDouble();
            long promoters = in.getLong();
            long detractors = in.getLong();
            int length = in.getInt();
            byte[] durations = null;
            if (length >= 0) {
                durations = new byte[length];
                in.get(durations);
            }
            byKpi.put(kpi, new KpiAggregate(n, sum, sumSquares, promoters, detractors, durations));
        }
        return new KpiAggregates(byKpi);
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

    private static void putName(ByteBuffer out, Kpi kpi) {
        byte[] name = NAMES.get(kpi);
        out.put((byte) name.length).put(name);
    }

    private static Kpi getName(ByteBuffer in) {
        int length = in.get();
        int start = in.arrayOffset() + in.position();
        in.position(in.position() + length);
        byte[] bytes = in.array();
        for (Kpi kpi : length >= 0 && length < BY_NAME_LENGTH.size() ? BY_NAME_LENGTH.get(length) : List.<Kpi>of()) {
            if (Arrays.equals(bytes, start, start + length, NAMES.get(kpi), 0, length)) {
                return kpi;
            }
        }
        throw new IllegalArgumentException("unknown kpi '" + new String(bytes, start, length, StandardCharsets.US_ASCII)
                + "'");
    }
}
