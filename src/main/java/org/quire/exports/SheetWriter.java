package org.quire.exports;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streamed sheet writer with the same output, written faster. POI escapes a cell's text one
 * code point at a time, each a separate write to a synchronised writer; this writes each run of
 * characters that need no escaping at once, to a writer without a lock ({@link Utf8Writer}).
 *
 * <p>It also writes rows without POI's row and cell objects ({@link #rowStart}, {@link #text},
 * {@link #number}, {@link #blank}, {@link #rowEnd}): the XML POI writes for a row of a set height
 * and its cells, byte for byte (SheetWriterTest compares the two), at a fraction of the cost. For an
 * export of 100,000 coded passages, making and writing POI's cells took more time than reading the
 * passages from the project. Such rows go after the rows POI has flushed, so the caller flushes the
 * sheet first and makes no POI rows after.
 */
final class SheetWriter extends SheetDataWriter {
    private static final int BUFFER = 1 << 16;
    private String[] letters = new String[0];
    private String row;
    // Rows take a few heights (whole lines): each one's text, made once.
    private final java.util.Map<Float, String> heights = new java.util.HashMap<>();

    SheetWriter() throws IOException {
        super();
    }

    @Override
    public Writer createWriter(File fd) throws IOException {
        FileOutputStream out = new FileOutputStream(fd);
        try {
            return new Utf8Writer(decorateOutputStream(out), BUFFER);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /**
     * Exactly what {@link SheetDataWriter#outputEscapedString} writes: the five XML escapes but
     * apostrophe, tab, line feed, carriage return and no-break space as character references,
     * any other control character and U+FFFE/U+FFFF as "?", everything else as it is (a surrogate
     * pair stays a pair).
     */
    @Override
    protected void outputEscapedString(String s) throws IOException {
        if (s == null) {
            return;
        }
        Writer out = _out;
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String escape = escape(c);
            if (escape != null) {
                if (i > run) {
                    out.write(s, run, i - run);
                }
                out.write(escape);
                run = i + 1;
            }
        }
        if (n > run) {
            out.write(s, run, n - run);
        }
    }

    /** Starts row {@code r} (from 0) {@code points} high. */
    void rowStart(int r, float points) throws IOException {
        row = Integer.toString(r + 1);
        Writer out = _out;
        out.write("<row r=\"");
        out.write(row);
        out.write("\" customHeight=\"1\" ht=\"");
        out.write(heights.computeIfAbsent(points, p -> Float.toString(p)));
        out.write("\">\n");
    }

    void rowEnd() throws IOException {
        _out.write("</row>\n");
    }

    /** A cell of text in column {@code column} of the row begun (text not empty). */
    void text(int column, int style, String text) throws IOException {
        cellStart(column, style);
        Writer out = _out;
        out.write(" t=\"inlineStr\"><is><t");
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
            out.write(" xml:space=\"preserve\"");
        }
        out.write('>');
        outputEscapedString(text);
        out.write("</t></is></c>");
    }

    void number(int column, int style, double value) throws IOException {
        cellStart(column, style);
        Writer out = _out;
        out.write(" t=\"n\"><v>");
        out.write(decimal(value));
        out.write("</v></c>");
    }

    /**
     * {@link Double#toString} of the value, which POI writes: for a whole number under ten million
     * that is the number and ".0", made without Java's shortest-decimal search (paragraph and page
     * numbers on every row of a passages export).
     */
    static String decimal(double value) {
        long whole = (long) value;
        if (whole == value && whole != 0 && Math.abs(whole) < 10_000_000) {
            return whole + ".0";
        }
        return Double.toString(value);
    }

    /** A cell with a style and nothing in it. */
    void blank(int column, int style) throws IOException {
        cellStart(column, style);
        _out.write("></c>");
    }

    private void cellStart(int column, int style) throws IOException {
        Writer out = _out;
        out.write("<c r=\"");
        out.write(letters(column));
        out.write(row);
        out.write('"');
        if (style != 0) {
            out.write(" s=\"");
            out.write(Integer.toString(style));
            out.write('"');
        }
    }

    private String letters(int column) {
        if (column >= letters.length) {
            letters = java.util.Arrays.copyOf(letters, column + 1);
        }
        String l = letters[column];
        if (l == null) {
            l = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
            letters[column] = l;
        }
        return l;
    }

    static String escape(char c) {
        if (c >= ' ' && c < 0xA0) {
            return switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                default -> null;
            };
        }
        return switch (c) {
            case '\n' -> "&#xa;";
            case '\r' -> "&#xd;";
            case '\t' -> "&#x9;";
            case '\u00A0' -> "&#xa0;";
            case '\uFFFE', '\uFFFF' -> "?";
            default -> c < ' ' ? "?" : null;
        };
    }
}
