package dev.parley.analytics.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small charts as inline SVG: the report is one file that opens anywhere, with no script and nothing to fetch. */
public final class SvgChart {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 180;
    private static final int PAD = 36;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private SvgChart() {
    }

    /**
     * A line over days, its maximum labelled, the first and last day named, and a red dot on each marked day (a
     * spike); {@code percent} shows values as percentages.
     */
    public static String line(String title, List<Report.Point> points, Set<Instant> marked, boolean percent) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
                + "\" height=\"" + HEIGHT + "\" role=\"img\" aria-label=\"" + escape(title) + "\">");
        if (points.isEmpty()) {
            return svg.append(text(PAD, HEIGHT / 2, "no data in this period")).append("</svg>").toString();
        }
        double max = points.stream().mapToDouble(Report.Point::value).max().orElse(1);
        double top = max <= 0 ? 1 : max;
        double step = points.size() == 1 ? 0 : (WIDTH - 2.0 * PAD) / (points.size() - 1);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = PAD + i * step;
            double y = y(points.get(i).value(), top);
            line.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            if (marked.contains(points.get(i).day())) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#c0392b\">"
                        + "<title>spike</title></circle>", x, y));
            }
        }
        svg.append("<line x1=\"").append(PAD).append("\" y1=\"").append(HEIGHT - PAD).append("\" x2=\"")
                .append(WIDTH - PAD).append("\" y2=\"").append(HEIGHT - PAD).append("\" stroke=\"#999\"/>")
                .append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"#2c6fbb\" stroke-width=\"2\"/>")
                .append(text(4, PAD - 8, "max " + label(max, percent)))
                .append(text(PAD, HEIGHT - 12, DAY.format(points.get(0).day())))
                .append(text(WIDTH - PAD - 40, HEIGHT - 12, DAY.format(points.get(points.size() - 1).day())))
                .append("</svg>");
        return svg.toString();
    }

    /** Horizontal bars of shares, largest first as given. */
    public static String bars(String title, List<Report.Share> shares) {
        int rowHeight = 22;
        int height = Math.max(rowHeight, shares.size() * rowHeight) + 4;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
                + "\" height=\"" + height + "\" role=\"img\" aria-label=\"" + escape(title) + "\">");
        for (int i = 0; i < shares.size(); i++) {
            Report.Share s = shares.get(i);
            int y = i * rowHeight + 2;
            double width = (WIDTH - 260) * s.share();
            svg.append(text(0, y + 15, s.name()))
                    .append(String.format(Locale.ROOT, "<rect x=\"120\" y=\"%d\" width=\"%.1f\" height=\"16\" "
                            + "fill=\"#2c6fbb\"/>", y, width))
                    .append(text(126 + (int) width, y + 15, String.format(Locale.ROOT, "%,.0f (%.0f%%)", s.count(),
                            100 * s.share())));
        }
        return svg.append("</svg>").toString();
    }

    private static double y(double value, double top) {
        return HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * value / top;
    }

    private static String label(double value, boolean percent) {
        return percent ? String.format(Locale.ROOT, "%.0f%%", 100 * value) : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String text(int x, int y, String text) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"12\" font-family=\"sans-serif\" fill=\"#333\">"
                + escape(text) + "</text>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
