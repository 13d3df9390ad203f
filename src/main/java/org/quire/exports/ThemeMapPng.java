package org.quire.exports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.quire.model.MapLink;
import org.quire.model.ThemeMap;

/** Draws the thematic map with Java2D into a PNG (works headless: no window toolkit is used). */
public final class ThemeMapPng {
    /** Refuse images beyond this many pixels a side: a map that large is a mistake, not a picture. */
    static final int MAX_SIDE = 16_000;

    private ThemeMapPng() {
    }

    /** Writes the map at {@code scale} (2 gives a sharp image for print and slides). */
    public static void write(ThemeMap map, double scale, OutputStream out) throws IOException {
        int w = (int) Math.ceil(Math.max(map.width(), 300) * scale);
        int h = (int) Math.ceil(Math.max(map.height(), 120) * scale);
        if (w > MAX_SIDE || h > MAX_SIDE) {
            throw new IOException("the map would be " + w + " × " + h + " pixels; move its boxes closer together"
                    + " or export at a smaller scale");
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            drawStructure(g, map);
            drawLinks(g, map);
            for (ThemeMap.Box box : map.boxes()) {
                drawBox(g, box);
            }
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer is available in this Java runtime");
        }
    }

    private static void drawStructure(Graphics2D g, ThemeMap map) {
        g.setColor(Color.decode(MapStyle.STRUCTURE_COLOUR));
        g.setStroke(new BasicStroke(1.2f));
        for (ThemeMap.Edge e : map.structure()) {
            ThemeMap.Box part = map.box(e.part());
            ThemeMap.Box whole = map.box(e.whole());
            if (part != null && whole != null) {
                double[] a = MapStyle.exit(part, whole);
                double[] z = MapStyle.exit(whole, part);
                g.draw(new Line2D.Double(a[0], a[1], z[0], z[1]));
            }
        }
    }

    private static void drawLinks(Graphics2D g, ThemeMap map) {
        Font font = new Font(Font.SANS_SERIF, Font.ITALIC, MapStyle.LABEL_SIZE);
        for (MapLink l : map.links()) {
            ThemeMap.Box from = map.box(l.from());
            ThemeMap.Box to = map.box(l.to());
            Color colour = Color.decode(MapStyle.linkColour(l.label()));
            double[] a = MapStyle.exit(from, to);
            double[] z = MapStyle.exit(to, from);
            g.setColor(colour);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(a[0], a[1], z[0], z[1]));
            arrowHead(g, a, z);
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            int tw = fm.stringWidth(l.label());
            float mx = (float) ((a[0] + z[0]) / 2 - tw / 2.0);
            float my = (float) ((a[1] + z[1]) / 2 - 4);
            g.setColor(Color.WHITE);
            g.fillRect((int) mx - 2, (int) my - fm.getAscent() + 1, tw + 4, fm.getAscent() + 2);
            g.setColor(colour);
            g.drawString(l.label(), mx, my);
        }
    }

    private static void arrowHead(Graphics2D g, double[] from, double[] tip) {
        double[] p = MapStyle.arrowHead(from, tip);
        Path2D.Double head = new Path2D.Double();
        head.moveTo(p[0], p[1]);
        head.lineTo(p[2], p[3]);
        head.lineTo(p[4], p[5]);
        head.closePath();
        g.fill(head);
    }

    private static void drawBox(Graphics2D g, ThemeMap.Box box) {
        double arc = box.kind() == ThemeMap.BoxKind.NODE ? 6 : 20;
        RoundRectangle2D.Double r = new RoundRectangle2D.Double(box.x(), box.y(), ThemeMap.BOX_WIDTH,
                ThemeMap.BOX_HEIGHT, arc, arc);
        g.setColor(Color.decode(MapStyle.fill(box)));
        g.fill(r);
        g.setColor(Color.decode(MapStyle.stroke(box)));
        float width = (float) MapStyle.strokeWidth(box);
        g.setStroke(MapStyle.dashed(box)
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 3f}, 0f)
                : new BasicStroke(width));
        g.draw(r);
        g.setColor(new Color(0x77, 0x77, 0x77));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        g.drawString(MapStyle.caption(box), (float) box.x() + 8, (float) box.y() + 13);
        g.setColor(new Color(0x22, 0x22, 0x22));
        g.setFont(new Font(Font.SANS_SERIF, MapStyle.bold(box) ? Font.BOLD : Font.PLAIN, MapStyle.FONT_SIZE));
        FontMetrics fm = g.getFontMetrics();
        List<String> lines = MapStyle.wrap(box);
        double y = box.y() + (lines.size() == 1 ? 34 : 28);
        for (String line : lines) {
            String shown = fit(line, fm);
            g.drawString(shown, (float) (box.centerX() - fm.stringWidth(shown) / 2.0), (float) y);
            y += 15;
        }
    }

    // Bold letters can run wider than the box; cut with an ellipsis rather than spill over.
    private static String fit(String line, FontMetrics fm) {
        double room = ThemeMap.BOX_WIDTH - 10;
        if (fm.stringWidth(line) <= room) {
            return line;
        }
        String s = line;
        while (s.length() > 1 && fm.stringWidth(s + "…") > room) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }
}
