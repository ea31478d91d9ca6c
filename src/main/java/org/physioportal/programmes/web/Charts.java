package org.physioportal.programmes.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.physioportal.programmes.domain.Progress;
import org.springframework.web.util.HtmlUtils;

/**
 * Server-drawn SVG charts: adherence per week (bars, 0-100 %) and pain over time (a line, NPRS
 * 0-10). Each SVG is {@code aria-hidden}: the page shows the same data as a table next to it, which
 * is what assistive technology reads. Only numbers and escaped labels go into the markup.
 */
final class Charts {

    private static final int W = 640;
    private static final int H = 220;
    private static final int LEFT = 40;
    private static final int BOTTOM = 30;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d. M.", Locale.ROOT);

    private Charts() {}

    static String adherence(List<Progress.Week> weeks) {
        var svg = frame(100, "%");
        int n = Math.max(1, weeks.size());
        double slot = (W - LEFT - 10) / (double) n;
        for (int i = 0; i < weeks.size(); i++) {
            Progress.Week week = weeks.get(i);
            double x = LEFT + i * slot + slot * 0.15;
            int percent = week.percent() == null ? 0 : week.percent();
            double h = (H - BOTTOM - 10) * percent / 100.0;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                    x,
                    H - BOTTOM - h,
                    slot * 0.7,
                    h));
            svg.append(label(x + slot * 0.35, H - 10, SHORT.format(week.monday())));
        }
        return svg.append("</svg>").toString();
    }

    static String pain(List<Progress.PainPoint> points) {
        var svg = frame(10, "");
        if (points.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        long first = points.getFirst().day().toEpochDay();
        long span = Math.max(1, points.getLast().day().toEpochDay() - first);
        StringBuilder path = new StringBuilder();
        for (Progress.PainPoint p : points) {
            double x = LEFT + 10 + (W - LEFT - 30) * (p.day().toEpochDay() - first) / (double) span;
            double y = H - BOTTOM - (H - BOTTOM - 10) * p.pain() / 10.0;
            path.append(path.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            svg.append(String.format(Locale.ROOT, "<circle class=\"dot\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"/>", x, y));
        }
        svg.append("<path class=\"line\" fill=\"none\" d=\"").append(path).append("\"/>");
        svg.append(label(LEFT + 10, H - 10, SHORT.format(points.getFirst().day())));
        svg.append(label(W - 30, H - 10, SHORT.format(points.getLast().day())));
        return svg.append("</svg>").toString();
    }

    private static StringBuilder frame(int max, String unit) {
        var svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" aria-hidden=\"true\" focusable=\"false\">",
                W,
                H));
        for (int i = 0; i <= 2; i++) {
            double y = H - BOTTOM - (H - BOTTOM - 10) * i / 2.0;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                    LEFT,
                    W - 10,
                    y,
                    y));
            svg.append(label(LEFT - 20, y + 4, (max * i / 2) + unit));
        }
        return svg;
    }

    private static String label(double x, double y, String text) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                x,
                y,
                HtmlUtils.htmlEscape(text));
    }
}
