package org.quire.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quire.model.ThemeMap;
import org.quire.model.ThemeStatus;

/**
 * How the thematic map looks, shared by the SVG and PNG exports so that both draw the same map:
 * colours by box kind and theme status, colours by link label, label wrapping, and where a line
 * between two box centres leaves a box.
 */
final class MapStyle {
    static final int FONT_SIZE = 13;
    static final int LABEL_SIZE = 11;
    /** Characters per label line: bold theme names run wider than node names. */
    static final int LINE_CHARS = 24;
    static final int BOLD_LINE_CHARS = 20;

    private MapStyle() {
    }

    /** Fill colour of a box, as #rrggbb. */
    static String fill(ThemeMap.Box box) {
        if (box.kind() == ThemeMap.BoxKind.NODE) {
            return "#f4f4f4";
        }
        ThemeStatus s = box.status() == null ? ThemeStatus.CANDIDATE : box.status();
        return switch (s) {
            case CANDIDATE -> box.kind() == ThemeMap.BoxKind.THEME ? "#fff4d6" : "#fffaeb";
            case REVIEWED -> "#e3effc";
            case DEFINED -> "#e2f5e4";
            case FINAL -> "#c9ecce";
            case DISCARDED -> "#eeeeee";
        };
    }

    static String stroke(ThemeMap.Box box) {
        if (box.kind() == ThemeMap.BoxKind.NODE) {
            return "#8a8a8a";
        }
        return box.status() == ThemeStatus.DISCARDED ? "#9a9a9a" : "#5a4a1a";
    }

    static boolean dashed(ThemeMap.Box box) {
        return box.status() == ThemeStatus.DISCARDED;
    }

    static double strokeWidth(ThemeMap.Box box) {
        return box.kind() == ThemeMap.BoxKind.THEME ? 2.2 : box.kind() == ThemeMap.BoxKind.SUB_THEME ? 1.6 : 1.0;
    }

    static boolean bold(ThemeMap.Box box) {
        return box.kind() != ThemeMap.BoxKind.NODE;
    }

    /** The small word above the label: "theme", "sub-theme · reviewed", "node". */
    static String caption(ThemeMap.Box box) {
        return switch (box.kind()) {
            case THEME -> "theme · " + box.status().label();
            case SUB_THEME -> "sub-theme · " + box.status().label();
            case NODE -> "node";
        };
    }

    /** Colour of a typed link by its label; the user's own labels share one colour. */
    static String linkColour(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "contradicts" -> "#c0392b";
            case "leads to" -> "#1f6fb2";
            case "is part of" -> "#555555";
            default -> "#7d3c98";
        };
    }

    static final String STRUCTURE_COLOUR = "#b8b8b8";

    /** The box's label in at most two lines, the second cut with '…'. */
    static List<String> wrap(ThemeMap.Box box) {
        return wrap(box.label(), bold(box) ? BOLD_LINE_CHARS : LINE_CHARS);
    }

    /** {@code label} in at most two lines of about {@code lineChars} characters, the second cut with '…'. */
    static List<String> wrap(String label, int lineChars) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > lineChars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > 2) {
            String second = lines.get(1) + " " + String.join(" ", lines.subList(2, lines.size()));
            lines = new ArrayList<>(List.of(lines.get(0), second));
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.length() > lineChars + 2 ? l.substring(0, lineChars) + "…" : l);
        }
        return out;
    }

    /** The three corners {x0, y0, x1, y1, x2, y2} of an arrowhead pointing at {@code tip} from {@code from}. */
    static double[] arrowHead(double[] from, double[] tip) {
        double angle = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
        double len = 10;
        return new double[] {tip[0], tip[1],
                tip[0] - len * Math.cos(angle - 0.4), tip[1] - len * Math.sin(angle - 0.4),
                tip[0] - len * Math.cos(angle + 0.4), tip[1] - len * Math.sin(angle + 0.4)};
    }

    /**
     * Where the line from the centre of {@code from} towards the centre of {@code to} leaves
     * {@code from}'s box: {x, y}.
     */
    static double[] exit(ThemeMap.Box from, ThemeMap.Box to) {
        double cx = from.centerX();
        double cy = from.centerY();
        double dx = to.centerX() - cx;
        double dy = to.centerY() - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double hw = ThemeMap.BOX_WIDTH / 2 + 3;
        double hh = ThemeMap.BOX_HEIGHT / 2 + 3;
        double t = Math.min(dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy));
        return new double[] {cx + dx * t, cy + dy * t};
    }
}
