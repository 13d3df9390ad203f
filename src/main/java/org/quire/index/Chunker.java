package org.quire.index;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quire.model.Span;

/** Cuts a source into index passages: paragraphs, with long ones split at sentence ends. */
final class Chunker {
    /** One passage: its paragraph's ordinal and its range of the source text. */
    record Chunk(int paragraph, Span span) {
    }

    private Chunker() {
    }

    static List<Chunk> chunks(String text, List<Span> paragraphs, int max) {
        List<Span> paras = paragraphs.isEmpty() ? List.of(new Span(0, text.length())) : paragraphs;
        List<Chunk> out = new ArrayList<>();
        for (int p = 0; p < paras.size(); p++) {
            Span para = paras.get(p);
            if (isBlank(text, para.start(), para.end())) {
                continue;
            }
            if (para.length() <= max) {
                out.add(new Chunk(p, para));
                continue;
            }
            for (Span piece : split(text, para, max)) {
                out.add(new Chunk(p, piece));
            }
        }
        return out;
    }

    /** As {@code text.substring(from, to).isBlank()}, without copying the paragraph. */
    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Span> split(String text, Span para, int max) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text.substring(para.start(), para.end()));
        List<Span> out = new ArrayList<>();
        int start = 0;
        int lastGood = -1;
        for (int b = sentences.next(); b != BreakIterator.DONE; b = sentences.next()) {
            if (b - start > max) {
                int cut = lastGood > start ? lastGood : hardCut(text, para.start(), start, start + max);
                out.add(new Span(para.start() + start, para.start() + cut));
                start = cut;
                // The sentence ending at b may still be too long: cut it until it fits.
                while (b - start > max) {
                    int c = hardCut(text, para.start(), start, start + max);
                    out.add(new Span(para.start() + start, para.start() + c));
                    start = c;
                }
            }
            lastGood = b;
        }
        if (start < para.length()) {
            out.add(new Span(para.start() + start, para.end()));
        }
        return out;
    }

    // A sentence longer than a passage: cut at the last space, never inside a surrogate pair.
    private static int hardCut(String text, int base, int from, int to) {
        for (int i = to; i > from + (to - from) / 2; i--) {
            if (Character.isWhitespace(text.charAt(base + i - 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(base + to)) ? to - 1 : to;
    }
}
