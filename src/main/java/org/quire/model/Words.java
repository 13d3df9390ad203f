package org.quire.model;

import java.util.Arrays;

/**
 * Word boundaries of a text. A word is a maximal run of letters, digits, marks and joining
 * apostrophes or hyphens (so "don't", "co-production" and "café" are one word each); every
 * count of words in Quire — source word counts, words coded — uses this one rule.
 */
public final class Words {
    private Words() {
    }

    /** Start offsets of every word in {@code text}, ascending. */
    public static int[] starts(CharSequence text) {
        int[] starts = new int[Math.max(16, text.length() / 6)];
        int count = 0;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = Character.codePointAt(text, i);
            boolean wordChar = isWordChar(cp)
                    || (inWord && isJoiner(cp) && i + Character.charCount(cp) < n
                    && isWordChar(Character.codePointAt(text, i + Character.charCount(cp))));
            if (wordChar && !inWord) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
            inWord = wordChar;
            i += Character.charCount(cp);
        }
        return Arrays.copyOf(starts, count);
    }

    /** How many of the words starting at {@code starts} begin inside {@code span}. */
    public static int countIn(int[] starts, Span span) {
        return lowerBound(starts, span.end()) - lowerBound(starts, span.start());
    }

    private static int lowerBound(int[] a, int key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010';
    }
}
