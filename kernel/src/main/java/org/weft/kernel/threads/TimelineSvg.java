package org.weft.kernel.threads;

import java.util.List;
import java.util.Locale;

/**
 * Draws a {@code %%timeline}: an SVG Gantt chart with one lane per thread, coloured by
 * {@link LaneState}, a time axis in milliseconds, a legend, the threads' names and a title. Each
 * lane is cut into one column per pixel and each column takes the state the thread spent most of
 * that column in, so the picture's size depends on its width, not on how long the cell ran.
 *
 * <p>Threads: stateless.
 */
public final class TimelineSvg {
    static final int WIDTH = 860;
    static final int LABELS = 190;
    static final int PLOT = WIDTH - LABELS - 20;
    static final int TOP = 62;
    static final int LANE = 20;
    static final int GAP = 6;

    private TimelineSvg() {
    }

    /** The chart of {@code rows} (each with a lane) over the cell from {@code startNanos}, {@code wallNanos} long. */
    public static String render(List<ThreadRow> rows, long startNanos, long wallNanos, String title) {
        int height = TOP + rows.size() * (LANE + GAP) + 44;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n", WIDTH, height, WIDTH, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">").append(escape(title)).append("</text>\n");
        legend(svg);
        long wall = Math.max(1, wallNanos);
        for (int i = 0; i < rows.size(); i++) {
            int y = TOP + i * (LANE + GAP);
            ThreadRow row = rows.get(i);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n",
                    LABELS - 8, y + LANE - 6, escape(clip(label(row), 28))));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f7f7f7\"/>\n",
                    LABELS, y, PLOT, LANE));
            if (row.lane() != null) {
                lane(svg, row.lane(), startNanos, wall, y);
            }
        }
        axis(svg, TOP + rows.size() * (LANE + GAP), wall);
        return svg.append("</svg>\n").toString();
    }

    private static String label(ThreadRow row) {
        return row.name() == null ? "thread " + row.ident() : row.name();
    }

    private static void legend(StringBuilder svg) {
        int x = 10;
        for (LaneState s : LaneState.values()) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"32\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"42\">%s</text>\n", x, s.colour(), x + 16, escape(s.label())));
            x += 24 + 7 * s.label().length();
        }
    }

    /** The lane's runs, binned into one column per pixel, drawn as rectangles of merged columns. */
    private static void lane(StringBuilder svg, Lane lane, long startNanos, long wall, int y) {
        LaneState[] columns = dominant(lane, startNanos, wall, PLOT);
        int from = 0;
        for (int c = 1; c <= PLOT; c++) {
            if (c == PLOT || columns[c] != columns[from]) {
                if (columns[from] != null) {
                    svg.append(String.format(Locale.ROOT,
                            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>\n",
                            LABELS + from, y, c - from, LANE, columns[from].colour(), columns[from].name().toLowerCase(Locale.ROOT)));
                }
                from = c;
            }
        }
    }

    /** For each of {@code n} columns of the cell's span, the state the lane spent most time in (null: none). */
    static LaneState[] dominant(Lane lane, long startNanos, long wall, int n) {
        int states = LaneState.values().length;
        double[][] time = new double[n][states];
        double perColumn = (double) wall / n;
        for (int i = 0; i < lane.runs(); i++) {
            double a = Math.max(0, lane.start(i) - startNanos) / perColumn;
            double b = Math.min(wall, lane.end(i) - startNanos) / perColumn;
            int s = lane.state(i).ordinal();
            for (int c = (int) Math.floor(a); c < n && c < b; c++) {
                time[c][s] += Math.min(b, c + 1) - Math.max(a, c);
            }
        }
        LaneState[] out = new LaneState[n];
        for (int c = 0; c < n; c++) {
            double best = 0;
            for (int s = 0; s < states; s++) {
                if (time[c][s] > best) {
                    best = time[c][s];
                    out[c] = LaneState.values()[s];
                }
            }
        }
        return out;
    }

    private static void axis(StringBuilder svg, int y, long wall) {
        double ms = wall / 1e6;
        double step = tickStep(ms);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>\n",
                LABELS, y, LABELS + PLOT, y));
        for (int k = 0; k * step <= ms * (1 + 1e-9); k++) {
            double t = k * step;
            double x = LABELS + PLOT * t / ms;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
                    x, y, x, y + 5, x, y + 18, number(t)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">time (ms)</text>\n",
                LABELS - 8, y + 18));
    }

    /** A 1, 2 or 5 times a power of ten that cuts {@code ms} into at most ten ticks. */
    static double tickStep(double ms) {
        double step = Math.pow(10, Math.floor(Math.log10(Math.max(ms, 1e-3) / 10)));
        for (double f : new double[] {1, 2, 5, 10}) {
            if (ms / (step * f) <= 10) {
                return step * f;
            }
        }
        return step * 10;
    }

    private static String number(double t) {
        return t == Math.rint(t) ? Long.toString((long) t) : String.format(Locale.ROOT, "%.3g", t);
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
