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
    /** The KPIs by the length of their names (arrays: a for-each over a list allocates under C1). */
    private static final Kpi[][] BY_LENGTH;

    static {
        List<List<Kpi>> byLength = new ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            byte[] name = kpi.wireName().getBytes(StandardCharsets.US_ASCII);
            NAMES[kpi.ordinal()] = name;
            while (byLength.size() <= name.length) {
                byLength.add(new ArrayList<>());
            }
            byLength.get(name.length).add(kpi);
        }
        BY_LENGTH = byLength.stream().map(kpis -> kpis.toArray(Kpi[]::new)).toArray(Kpi[][]::new);
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
        Kpi[] candidates = length >= 0 && length < BY_LENGTH.length ? BY_LENGTH[length] : new Kpi[0];
        for (int i = 0; i < candidates.length; i++) {
            if (Arrays.equals(bytes, start, start + length, NAMES[candidates[i].ordinal()], 0, length)) {
                return candidates[i];
            }
        }
        throw new IllegalArgumentException("unknown kpi '" + new String(bytes, start, length, StandardCharsets.US_ASCII)
                + "'");
    }
}
