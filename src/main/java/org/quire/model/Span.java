package org.quire.model;

/**
 * A half-open range {@code [start, end)} of a source's normalised text, in UTF-16 code units —
 * the unit Java strings, JavaFX text controls and Lucene offsets all use (see
 * docs/decisions/0002-text-offsets.md).
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new QuireException("Invalid range " + start + ":" + end
                    + " (the start must be 0 or more and not after the end)");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Parses the CLI form {@code start:end}. */
    public static Span parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new QuireException("Range '" + text + "' must be written start:end, e.g. 120:245");
        }
        try {
            return new Span(Integer.parseInt(text.substring(0, colon).trim()),
                    Integer.parseInt(text.substring(colon + 1).trim()));
        } catch (NumberFormatException e) {
            throw new QuireException("Range '" + text + "' must be two whole numbers, start:end");
        }
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return start + ":" + end;
    }
}
