package org.quire.ui.document;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Transform;

/**
 * The node names written up the coding stripes, each drawn once as a small image (turned to read
 * from the bottom up) and then copied onto the margin at every redraw. Drawing them as rotated,
 * clipped text cost the margin about 75 ms a frame in a software renderer (a coding at size M
 * redraws the margin: 90 ms against 16 without the names), since turned glyphs are filled as shapes
 * each time. The last {@link #KEPT} names are kept.
 */
final class StripeNames {
    static final int KEPT = 256;
    /** Longer names are cut: no stripe on a screen is taller than this many characters. */
    private static final int LONGEST = 160;

    private final Font font;
    private final Map<String, Image> images = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEPT;
        }
    };
    private double scale = 1;

    StripeNames(double size) {
        this.font = Font.font(null, FontWeight.BOLD, size);
    }

    /**
     * The name in {@code colour}, turned a quarter to the left: its first letter at the bottom.
     * Drawn at {@code outputScale} pixels a point (the screen's), so it stays sharp on a HiDPI screen.
     */
    Image image(String name, Color colour, double outputScale) {
        if (outputScale != scale) {
            images.clear();
            scale = outputScale;
        }
        String text = name.length() > LONGEST ? name.substring(0, LONGEST) : name;
        return images.computeIfAbsent(colour + "\u0000" + text, k -> {
            Text t = new Text(text);
            t.setFont(font);
            t.setFill(colour);
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            p.setTransform(Transform.scale(outputScale, outputScale).createConcatenation(new Rotate(-90)));
            return t.snapshot(p, null);
        });
    }

    /** How many names are kept as images now (for tests). */
    int kept() {
        return images.size();
    }
}
