package org.quire.model;

/** Where the words of one text begin, asked how many words begin inside a range of it. */
@FunctionalInterface
public interface WordStarts {
    /** How many words begin inside {@code span}, as {@link Words#countIn} counts them. */
    int countIn(Span span);

    /** Over plain word start offsets (see {@link Words#starts}). */
    static WordStarts of(int[] starts) {
        return span -> Words.countIn(starts, span);
    }
}
