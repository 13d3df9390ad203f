package org.quire.exports;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * How wide a line of text is in the Word exports' font, Arial: from the metrics of Helvetica, which
 * Arial and Liberation Sans (the font LibreOffice shows for Arial) share glyph for glyph. The
 * metrics ship inside PDFBox, so the same widths come out on every machine, fonts installed or not.
 */
final class TextWidth {
    // A character Helvetica cannot encode (an emoji, a CJK ideograph) is counted at the width of a
    // capital M, wider than most glyphs, so a column sized with it is never too narrow.
    private static final float UNKNOWN = 833f;
    private static final TextWidth REGULAR = new TextWidth(Standard14Fonts.FontName.HELVETICA);
    private static final TextWidth BOLD = new TextWidth(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDType1Font font;
    private final Map<Integer, Float> widths = new ConcurrentHashMap<>();

    private TextWidth(Standard14Fonts.FontName name) {
        this.font = new PDType1Font(name);
    }

    /** The width of {@code text} on one line, in points, at {@code size} points. */
    static double points(String text, boolean bold, double size) {
        TextWidth metrics = bold ? BOLD : REGULAR;
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += metrics.width(cp);
            i += Character.charCount(cp);
        }
        return units * size / 1000.0;
    }

    /** The width of the widest word of {@code text} (words are separated by white space), in points. */
    static double widestWord(String text, boolean bold, double size) {
        double widest = 0;
        for (String word : text.strip().split("\\s+")) {
            widest = Math.max(widest, points(word, bold, size));
        }
        return widest;
    }

    private float width(int codePoint) {
        return widths.computeIfAbsent(codePoint, cp -> {
            try {
                return font.getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException | IllegalArgumentException e) {
                return UNKNOWN;
            }
        });
    }
}
