package org.quire.exports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.quire.model.MapLink;
import org.quire.model.ThemeMap;

/** Writes the thematic map as a standalone SVG 1.1 document (no scripts, no external resources). */
public final class ThemeMapSvg {
    private ThemeMapSvg() {
    }

    public static void write(ThemeMap map, String title, Writer out) throws IOException {
        double w = Math.max(map.width(), 300);
        double h = Math.max(map.height(), 120);
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" viewBox=\"0 0 ").append(n(w)).append(' ').append(n(h))
                .append("\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n");
        b.append("  <title>").append(esc(title)).append("</title>\n");
        b.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        b.append("  <g id=\"structure\" stroke=\"").append(MapStyle.STRUCTURE_COLOUR).append("\" stroke-width=\"1.2\">\n");
        for (ThemeMap.Edge e : map.structure()) {
            ThemeMap.Box part = map.box(e.part());
            ThemeMap.Box whole = map.box(e.whole());
            if (part != null && whole != null) {
                double[] a = MapStyle.exit(part, whole);
                double[] z = MapStyle.exit(whole, part);
                b.append("    <line x1=\"").append(n(a[0])).append("\" y1=\"").append(n(a[1])).append("\" x2=\"")
                        .append(n(z[0])).append("\" y2=\"").append(n(z[1])).append("\"/>\n");
            }
        }
        b.append("  </g>\n  <g id=\"links\">\n");
        for (MapLink l : map.links()) {
            ThemeMap.Box from = map.box(l.from());
            ThemeMap.Box to = map.box(l.to());
            String colour = MapStyle.linkColour(l.label());
            double[] a = MapStyle.exit(from, to);
            double[] z = MapStyle.exit(to, from);
            b.append("    <line x1=\"").append(n(a[0])).append("\" y1=\"").append(n(a[1])).append("\" x2=\"")
                    .append(n(z[0])).append("\" y2=\"").append(n(z[1])).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2\"/>\n");
            // The arrowhead as a polygon, not a marker: every renderer draws polygons.
            double[] head = MapStyle.arrowHead(a, z);
            b.append("    <polygon points=\"").append(n(head[0])).append(',').append(n(head[1])).append(' ')
                    .append(n(head[2])).append(',').append(n(head[3])).append(' ').append(n(head[4])).append(',')
                    .append(n(head[5])).append("\" fill=\"").append(colour).append("\"/>\n");
            double mx = (a[0] + z[0]) / 2;
            double my = (a[1] + z[1]) / 2;
            // A white plate behind the label keeps it readable where it crosses lines; a rectangle rather
            // than a text halo, which some renderers (paint-order) draw over the letters.
            double plate = l.label().length() * MapStyle.LABEL_SIZE * 0.55 + 8;
            b.append("    <rect x=\"").append(n(mx - plate / 2)).append("\" y=\"").append(n(my - 15))
                    .append("\" width=\"").append(n(plate)).append("\" height=\"14\" fill=\"#ffffff\" stroke=\"none\"/>\n");
            b.append("    <text x=\"").append(n(mx)).append("\" y=\"").append(n(my - 4)).append("\" font-size=\"")
                    .append(MapStyle.LABEL_SIZE).append("\" font-style=\"italic\" text-anchor=\"middle\" fill=\"")
                    .append(colour).append("\">").append(esc(l.label())).append("</text>\n");
        }
        b.append("  </g>\n  <g id=\"boxes\">\n");
        for (ThemeMap.Box box : map.boxes()) {
            b.append("    <g id=\"").append(box.element().key()).append("\">\n");
            b.append("      <rect x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y())).append("\" width=\"")
                    .append(n(ThemeMap.BOX_WIDTH)).append("\" height=\"").append(n(ThemeMap.BOX_HEIGHT))
                    .append("\" rx=\"").append(box.kind() == ThemeMap.BoxKind.NODE ? 3 : 10).append("\" fill=\"")
                    .append(MapStyle.fill(box)).append("\" stroke=\"").append(MapStyle.stroke(box))
                    .append("\" stroke-width=\"").append(n(MapStyle.strokeWidth(box))).append('"')
                    .append(MapStyle.dashed(box) ? " stroke-dasharray=\"5,3\"" : "").append("/>\n");
            b.append("      <text x=\"").append(n(box.x() + 8)).append("\" y=\"").append(n(box.y() + 13))
                    .append("\" font-size=\"9\" fill=\"#777777\">").append(esc(MapStyle.caption(box))).append("</text>\n");
            List<String> lines = MapStyle.wrap(box);
            double y = box.y() + (lines.size() == 1 ? 34 : 28);
            for (String line : lines) {
                b.append("      <text x=\"").append(n(box.centerX())).append("\" y=\"").append(n(y))
                        .append("\" font-size=\"").append(MapStyle.FONT_SIZE).append("\" text-anchor=\"middle\"")
                        .append(MapStyle.bold(box) ? " font-weight=\"bold\"" : "").append(" fill=\"#222222\">")
                        .append(esc(line)).append("</text>\n");
                y += 15;
            }
            b.append("    </g>\n");
        }
        b.append("  </g>\n</svg>\n");
        out.write(b.toString());
        out.flush();
    }

    private static String n(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
