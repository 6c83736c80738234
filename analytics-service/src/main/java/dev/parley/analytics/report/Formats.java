package dev.parley.analytics.report;

import dev.parley.analytics.kpi.Kpi;
import dev.parley.analytics.kpi.Statistic;
import java.util.Locale;

/** KPI values as people read them: 61%, 12 min, 1,234, +45. */
public final class Formats {
    private Formats() {
    }

    public static String value(String publishedName, Double value) {
        if (value == null) {
            return "–";
        }
        Statistic statistic = Kpi.ofPublishedName(publishedName).statistic();
        return switch (statistic) {
            case COUNT, LEVEL -> String.format(Locale.ROOT, "%,.0f", value);
            case SHARE -> String.format(Locale.ROOT, "%.0f%%", 100 * value);
            case DURATION -> duration(value);
            case MEAN, NPS -> String.format(Locale.ROOT, "%.1f", value);
        };
    }

    public static String change(String publishedName, Double change, Double relative) {
        if (change == null) {
            return "–";
        }
        Statistic statistic = Kpi.ofPublishedName(publishedName).statistic();
        String sign = change > 0 ? "+" : change < 0 ? "−" : "±";
        String absolute = switch (statistic) {
            case SHARE -> String.format(Locale.ROOT, "%.0f points", Math.abs(100 * change));
            case DURATION -> duration(Math.abs(change));
            case COUNT, LEVEL -> String.format(Locale.ROOT, "%,.0f", Math.abs(change));
            case MEAN, NPS -> String.format(Locale.ROOT, "%.1f", Math.abs(change));
        };
        return sign + absolute + (relative == null || statistic == Statistic.SHARE ? ""
                : String.format(Locale.ROOT, " (%s%.0f%%)", sign, Math.abs(100 * relative)));
    }

    static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 2 * 3600) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
