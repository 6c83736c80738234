package dev.parley.analytics.kpi;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * KPIs in stored binary values by their wire names (a length byte, then ASCII), so reordering or adding KPIs
 * never misreads a stored value. A name is read where it lies, compared with the names of its length: making a
 * String of it and looking that up was most of reading a stored value, and the topology reads several a post.
 */
public final class KpiWireNames {
    private static final byte[][] NAMES = new byte[Kpi.values().length][];
    private static final List<List<Kpi>> BY_LENGTH = new ArrayList<>();

    static {
        for (Kpi kpi : Kpi.values()) {
            byte[] name = kpi.wireName().getBytes(StandardCharsets.US_ASCII);
            NAMES[kpi.ordinal()] = name;
            while (BY_LENGTH.size() <= name.length) {
                BY_LENGTH.add(new ArrayList<>());
            }
            BY_LENGTH.get(name.length).add(kpi);
        }
    }

    private KpiWireNames() {
    }

    /** The bytes {@link #write} takes for the KPI's name. */
    public static int size(Kpi kpi) {
        return 1 + NAMES[kpi.ordinal()].length;
    }

    public static void write(ByteBuffer out, Kpi kpi) {
        byte[] name = NAMES[kpi.ordinal()];
        out.put((byte) name.length).put(name);
    }

    /**
     * The KPI named at the buffer's position, which moves past the name.
     *
     * @throws IllegalArgumentException if no KPI has that name, or the buffer ends within it
     */
    public static Kpi read(ByteBuffer in) {
        int length = in.get();
        int start = in.arrayOffset() + in.position();
        in.position(in.position() + length);
        byte[] bytes = in.array();
        for (Kpi kpi : length >= 0 && length < BY_LENGTH.size() ? BY_LENGTH.get(length) : List.<Kpi>of()) {
            if (Arrays.equals(bytes, start, start + length, NAMES[kpi.ordinal()], 0, length)) {
                return kpi;
            }
        }
        throw new IllegalArgumentException("unknown kpi '" + new String(bytes, start, length, StandardCharsets.US_ASCII)
                + "'");
    }
}
