package io.claimgate.output;

import static io.claimgate.output.HtmlText.esc;

import java.util.List;
import java.util.Locale;

/**
 * Small bar charts as inline SVG, drawn here for the HTML page and the console: no script, no external resource (the
 * console's Content-Security-Policy is default-src 'none'). Every label passes {@link HtmlText#esc}.
 */
public final class SvgBars {

    /** The E/M level colours, level 1 to 5 (light to dark, so level 5 stands out). */
    public static final String[] LEVEL_COLOURS = {"#d8e6f3", "#a9c8e6", "#6fa3d3", "#3574b3", "#c2453d"};

    private static final int ROW = 26;
    private static final int LABEL = 220;
    private static final int WIDTH = 330;

    private SvgBars() {
    }

    /** One bar: its label, its length (any non-negative unit) and the text written after it. */
    public record Bar(String label, double value, String text) {
    }

    /** One stacked bar: its label and the parts' shares (fractions of the bar, in the order of the legend). */
    public record Stack(String label, double[] shares, String text) {
    }

    /** Horizontal bars, longest = full width. */
    public static String bars(List<Bar> bars, String label, String colour) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        StringBuilder s = open(bars.size() * ROW + 4, label);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = i * ROW + 2;
            int width = max <= 0 ? 2 : Math.max(2, (int) Math.round(WIDTH * b.value() / max));
            text(s, 0, y + 17, b.label());
            rect(s, LABEL, y + 3, width, colour, null);
            text(s, LABEL + 6 + width, y + 17, b.text());
        }
        return s.append("</svg>").toString();
    }

    /** Stacked bars of shares (each row fills at most the full width), with a legend line under them. */
    public static String stacked(List<Stack> rows, String[] legend, String[] colours, String label) {
        StringBuilder s = open(rows.size() * ROW + ROW + 4, label);
        for (int i = 0; i < rows.size(); i++) {
            Stack r = rows.get(i);
            int y = i * ROW + 2;
            text(s, 0, y + 17, r.label());
            double x = LABEL;
            for (int k = 0; k < r.shares().length && k < colours.length; k++) {
                double w = WIDTH * r.shares()[k];
                if (w > 0) {
                    rect(s, x, y + 3, w, colours[k], legend[k] + ": " + percent(r.shares()[k]));
                }
                x += w;
            }
            text(s, LABEL + WIDTH + 6, y + 17, r.text());
        }
        int y = rows.size() * ROW + 4;
        for (int k = 0; k < legend.length && k < colours.length; k++) {
            rect(s, LABEL + k * 66, y + 3, 14, colours[k], null);
            text(s, LABEL + k * 66 + 18, y + 16, legend[k]);
        }
        return s.append("</svg>").toString();
    }

    /** A share as a percentage with one decimal, e.g. "80.0%". */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static StringBuilder open(int height, String label) {
        return new StringBuilder("<svg viewBox=\"0 0 ").append(LABEL + WIDTH + 110).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(label)).append("\"><title>").append(esc(label))
                .append("</title>");
    }

    private static void text(StringBuilder s, double x, int y, String text) {
        s.append("<text x=\"").append(num(x)).append("\" y=\"").append(y)
                .append("\" font-size=\"14\" fill=\"#1d232b\">").append(esc(text)).append("</text>");
    }

    private static void rect(StringBuilder s, double x, int y, double width, String colour, String title) {
        s.append("<rect x=\"").append(num(x)).append("\" y=\"").append(y).append("\" width=\"").append(num(width))
                .append("\" height=\"18\" fill=\"").append(colour).append('"');
        s.append(title == null ? "/>" : "><title>" + esc(title) + "</title></rect>");
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
