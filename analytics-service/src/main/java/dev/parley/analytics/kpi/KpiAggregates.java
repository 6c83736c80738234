package dev.parley.analytics.kpi;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every KPI's aggregate of one breakdown in one window: one stored value per breakdown rather than one per KPI,
 * so a post's observations cost one store update per breakdown and window.
 * <p>
 * Kept as its stored bytes, each KPI decoded only when asked for: a post touches three of a breakdown's dozen or
 * more KPIs, and the topology reads and writes 18 of these a post, so decoding and encoding all of them (objects,
 * histograms' bytes) was a seventh of analytics' stream thread and much of its garbage. Layout (format 2): the
 * format byte, the number of KPIs (2 bytes), then per KPI its wire name ({@link KpiWireNames}), n, sum, sum of
 * squares, promoters, detractors (8 bytes each), the duration histogram's length (4 bytes, −1: none) and bytes;
 * KPIs in any order.
 */
public final class KpiAggregates {
    public static final byte FORMAT = 2;
    private static final int HEADER = 3;
    private static final int NUMBERS = 5 * Long.BYTES;

    private final byte[] bytes;
    /** The bytes, read with absolute gets only (no position to share). */
    private final ByteBuffer view;
    /** Which KPI each stored entry holds, and where each starts (plus where the last ends). */
    private final Kpi[] kpis;
    private final int[] starts;

    private KpiAggregates(byte[] bytes, Kpi[] kpis, int[] starts) {
        this.bytes = bytes;
        this.view = ByteBuffer.wrap(bytes);
        this.kpis = kpis;
        this.starts = starts;
    }

    private KpiAggregates(byte[] bytes) {
        this.bytes = bytes;
        this.view = ByteBuffer.wrap(bytes);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < HEADER || in.get() != FORMAT) {
            throw new IllegalArgumentException("not a stored set of KPI aggregates");
        }
        int count = in.getShort() & 0xFFFF;
        this.kpis = new Kpi[count];
        this.starts = new int[count + 1];
        for (int i = 0; i < count; i++) {
            starts[i] = in.position();
            kpis[i] = KpiWireNames.read(in);
            in.position(in.position() + NUMBERS);
            int histogram = in.getInt();
            in.position(in.position() + Math.max(0, histogram));
        }
        starts[count] = in.position();
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("stored KPI aggregates have " + in.remaining() + " bytes too many");
        }
    }

    public static KpiAggregates empty() {
        return new KpiAggregates(new byte[] {FORMAT, 0, 0});
    }

    /**
     * The aggregates stored as {@code bytes} (kept, not copied: not to be changed afterwards).
     *
     * @throws IllegalArgumentException if they are not in the layout, are cut short or name an unknown KPI
     */
    public static KpiAggregates fromBytes(byte[] bytes) {
        try {
            return new KpiAggregates(bytes);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("stored KPI aggregates are cut short", e);
        }
    }

    /** The stored form (the same array each time: not to be changed). */
    public byte[] toBytes() {
        return bytes;
    }

    /** With the observations added, in their order (a level takes the last one). */
    public KpiAggregates add(List<Observation> observations) {
        EnumMap<Kpi, KpiAggregate> changed = new EnumMap<>(Kpi.class);
        for (Observation o : observations) {
            KpiAggregate before = changed.containsKey(o.kpi()) ? changed.get(o.kpi()) : of(o.kpi());
            changed.put(o.kpi(), (before == null ? KpiAggregate.empty() : before).add(o.kpi(), o.value()));
        }
        int size = HEADER;
        int kept = 0;
        for (int i = 0; i < kpis.length; i++) {
            if (!changed.containsKey(kpis[i])) {
                size += starts[i + 1] - starts[i];
                kept++;
            }
        }
        for (Map.Entry<Kpi, KpiAggregate> entry : changed.entrySet()) {
            byte[] histogram = entry.getValue().durations();
            size += KpiWireNames.size(entry.getKey()) + NUMBERS + Integer.BYTES
                    + (histogram == null ? 0 : histogram.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size).put(FORMAT).putShort((short) (kept + changed.size()));
        Kpi[] nowKpis = new Kpi[kept + changed.size()];
        int[] nowStarts = new int[nowKpis.length + 1];
        int entry = 0;
        for (int i = 0; i < kpis.length; i++) {
            if (!changed.containsKey(kpis[i])) {
                nowKpis[entry] = kpis[i];
                nowStarts[entry++] = out.position();
                out.put(bytes, starts[i], starts[i + 1] - starts[i]);
            }
        }
        for (Map.Entry<Kpi, KpiAggregate> changedKpi : changed.entrySet()) {
            nowKpis[entry] = changedKpi.getKey();
            nowStarts[entry++] = out.position();
            write(out, changedKpi.getKey(), changedKpi.getValue());
        }
        nowStarts[entry] = out.position();
        return new KpiAggregates(out.array(), nowKpis, nowStarts);
    }

    /** The KPI's aggregate, or null when the window holds no observation of it. */
    public KpiAggregate of(Kpi kpi) {
        for (int i = 0; i < kpis.length; i++) {
            if (kpis[i] == kpi) {
                return read(i);
            }
        }
        return null;
    }

    /** Every KPI's aggregate that the window holds. */
    public Map<Kpi, KpiAggregate> byKpi() {
        EnumMap<Kpi, KpiAggregate> all = new EnumMap<>(Kpi.class);
        for (int i = 0; i < kpis.length; i++) {
            all.put(kpis[i], read(i));
        }
        return Collections.unmodifiableMap(all);
    }

    @Override
    public String toString() {
        return byKpi().toString();
    }

    private KpiAggregate read(int entry) {
        int at = starts[entry] + 1 + bytes[starts[entry]];
        int length = view.getInt(at + NUMBERS);
        byte[] durations = length < 0 ? null
                : Arrays.copyOfRange(bytes, at + NUMBERS + Integer.BYTES, at + NUMBERS + Integer.BYTES + length);
        return new KpiAggregate(view.getLong(at), view.getDouble(at + Long.BYTES), view.getDouble(at + 2 * Long.BYTES),
                view.getLong(at + 3 * Long.BYTES), view.getLong(at + 4 * Long.BYTES), durations);
    }

    private static void write(ByteBuffer out, Kpi kpi, KpiAggregate a) {
        byte[] durations = a.durations();
        KpiWireNames.write(out, kpi);
        out.putLong(a.n()).putDouble(a.sum()).putDouble(a.sumSquares()).putLong(a.promoters()).putLong(a.detractors())
                .putInt(durations == null ? -1 : durations.length);
        if (durations != null) {
            out.put(durations);
        }
    }
}
