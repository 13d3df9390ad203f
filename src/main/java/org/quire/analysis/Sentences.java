package org.quire.analysis;

import java.text.BreakIterator;
import java.util.Locale;
import org.quire.model.Span;

/** Sentence and paragraph ranges around a passage, for spreading a search hit before coding it. */
public final class Sentences {
    private Sentences() {
    }

    /**
     * The sentence(s) covering {@code span}, looked for inside {@code within} (its paragraph), with
     * surrounding white space left out.
     */
    public static Span around(String text, Span within, Span span) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(text.substring(within.start(), within.end()));
        int s = within.start() + boundaryAtOrBefore(it, span.start() - within.start());
        int lastChar = Math.max(span.start(), span.end() - 1) - within.start();
        int e = within.start() + it.following(Math.min(lastChar, within.length() - 1));
        if (e < within.start()) {
            e = within.end();
        }
        return trim(text, new Span(s, Math.max(e, span.end())));
    }

    private static int boundaryAtOrBefore(BreakIterator it, int offset) {
        if (it.isBoundary(offset)) {
            return offset;
        }
        int b = it.preceding(offset);
        return b == BreakIterator.DONE ? 0 : b;
    }

    /** {@code span} without leading and trailing white space (unchanged if it is all white space). */
    public static Span trim(String text, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new Span(s, e) : span;
    }
}
