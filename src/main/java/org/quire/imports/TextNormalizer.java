package org.quire.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.quire.model.Span;

/**
 * The one definition of Quire's normalised text: Unicode NFC, {@code \n} line ends, no byte-order
 * mark, no NUL. Offsets of codings are only stable because every importer goes through here.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        String s = raw;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Paragraphs of plain text: runs of non-blank lines separated by one or more blank lines.
     * Each span starts at the paragraph's first character and ends before its last line end.
     */
    public static List<Span> paragraphsOf(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        int paraStart = -1;
        int paraEnd = -1;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (text.substring(lineStart, lineEnd).isBlank()) {
                if (paraStart >= 0) {
                    spans.add(new Span(paraStart, paraEnd));
                    paraStart = -1;
                }
            } else {
                if (paraStart < 0) {
                    paraStart = lineStart;
                }
                paraEnd = lineEnd;
            }
            lineStart = lineEnd + 1;
        }
        if (paraStart >= 0) {
            spans.add(new Span(paraStart, paraEnd));
        }
        return spans;
    }
}
