package dev.parley.analytics.stream;

import dev.parley.analytics.kpi.KpiAggregate;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The window stores' values in a fixed binary layout: every fact a post brings reads and writes an aggregate in
 * each window, so this is the analytics service's hottest (de)serialisation, and JSON cost several times more.
 * Layout: format version 1, n, sum, sum of squares, promoters, detractors (8 bytes each), the duration histogram's
 * length (−1: none) and bytes. Values stored as JSON by earlier versions (first byte {@code '{'}) are still read,
 * so existing stores and changelogs need no migration.
 */
final class KpiAggregateSerde {
    private static final byte FORMAT = 1;
    private static final int FIXED_BYTES = 1 + 5 * Long.BYTES + Integer.BYTES;

    private KpiAggregateSerde() {
    }

    /** The serde, reading JSON of earlier versions with {@code json}. */
    static Serde<KpiAggregate> of(JsonMapper json) {
        return Serdes.serdeFrom((topic, aggregate) -> write(aggregate), (topic, bytes) -> read(bytes, json));
    }

    private static byte[] write(KpiAggregate aggregate) {
        if (aggregate == null) {
            return null;
        }
        byte[] durations = aggregate.durations();
        ByteBuffer out = ByteBuffer.allocate(FIXED_BYTES + (durations == null ? 0 : durations.length))
                .put(FORMAT).putLong(aggregate.n()).putDouble(aggregate.sum()).putDouble(aggregate.sumSquares())
                .putLong(aggregate.promoters()).putLong(aggregate.detractors())
                .putInt(durations == null ? -1 : durations.length);
        if (durations != null) {
            out.put(durations);
        }
        return out.array();
    }

    private static KpiAggregate read(byte[] bytes, JsonMapper json) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length > 0 && bytes[0] == '{') {
            return json.readValue(bytes, KpiAggregate.class);
        }
        if (bytes.length < FIXED_BYTES || bytes[0] != FORMAT) {
            throw new SerializationException("not a stored KPI aggregate (" + bytes.length + " bytes, format "
                    + (bytes.length == 0 ? "none" : bytes[0]) + ")");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
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
        return new KpiAggregate(n, sum, sumSquares, promoters, detractors, durations);
    }
}
