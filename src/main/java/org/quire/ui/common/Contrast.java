package org.quire.ui.common;

import javafx.scene.paint.Color;

/** WCAG 2 contrast between two colours: 1 (none) to 21 (black on white); text wants 4.5 or more (AA). */
public final class Contrast {
    private Contrast() {
    }

    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Black or white, whichever reads better on {@code background}. */
    public static Color textOn(Color background) {
        return ratio(background, Color.BLACK) >= ratio(background, Color.WHITE) ? Color.BLACK : Color.WHITE;
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
