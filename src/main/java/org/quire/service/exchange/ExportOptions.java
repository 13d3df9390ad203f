package org.quire.service.exchange;

import java.util.List;
import java.util.Locale;
import org.quire.model.QuireException;
import org.quire.service.queries.MatrixValue;

/**
 * What to export, how, and where.
 *
 * @param format     the file format
 * @param what       what goes in it
 * @param themes     theme names to export (theme matrices); empty for every theme
 * @param attributes source attributes shown in theme matrices; null for all of them
 * @param rows       matrix query rows ({@code nodes:…}, {@code cases}, {@code attr:…}) or framework rows
 *                   ({@code sources}, {@code cases}, {@code attr:NAME})
 * @param columns    matrix query columns, or framework columns ({@code themes}, {@code subthemes:NAME})
 * @param own        matrix query: nodes stand for their own codings only
 * @param value      matrix query: the value a CSV shows (references, sources or words)
 * @param top        word frequencies: how many words
 * @param nodes       coded passages: the paths of the nodes to export; empty for every node
 * @param descendants coded passages: each of {@code nodes} with the nodes under it
 */
public record ExportOptions(Format format, What what, List<String> themes, List<String> attributes, String rows,
                            String columns, boolean own, MatrixValue value, int top, List<String> nodes,
                            boolean descendants) {
    /** File formats. */
    public enum Format {
        XLSX, DOCX, HTML, CSV, JSON;

        public static Format parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new QuireException("Unknown export format '" + name + "': use xlsx, docx, html, csv or json");
            }
        }
    }

    /** What an export holds. */
    public enum What {
        CODEBOOK, THEMES, MATRIX, FRAMEWORK, REPORT, WORDS, PASSAGES;

        public static What parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new QuireException("Unknown export '" + name
                        + "': use codebook, themes, matrix, framework, report, words or passages");
            }
        }
    }

    public ExportOptions {
        themes = themes == null ? List.of() : List.copyOf(themes);
        attributes = attributes == null ? null : List.copyOf(attributes);
        value = value == null ? MatrixValue.REFERENCES : value;
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        if (top < 1) {
            throw new QuireException("The number of words to export must be 1 or more, not " + top);
        }
    }

    /** Defaults for everything but the format and the content. */
    public static ExportOptions of(Format format, What what) {
        return new ExportOptions(format, what, List.of(), null, null, null, false, MatrixValue.REFERENCES, 200, List.of(),
                false);
    }

    public ExportOptions themes(List<String> names) {
        return new ExportOptions(format, what, names, attributes, rows, columns, own, value, top, nodes, descendants);
    }

    public ExportOptions attributes(List<String> names) {
        return new ExportOptions(format, what, themes, names, rows, columns, own, value, top, nodes, descendants);
    }

    public ExportOptions axes(String r, String c) {
        return new ExportOptions(format, what, themes, attributes, r, c, own, value, top, nodes, descendants);
    }

    public ExportOptions own(boolean o) {
        return new ExportOptions(format, what, themes, attributes, rows, columns, o, value, top, nodes, descendants);
    }

    public ExportOptions value(MatrixValue v) {
        return new ExportOptions(format, what, themes, attributes, rows, columns, own, v, top, nodes, descendants);
    }

    public ExportOptions top(int n) {
        return new ExportOptions(format, what, themes, attributes, rows, columns, own, value, n, nodes, descendants);
    }

    /** Coded passages: only the passages at these nodes (paths), with the nodes under them when {@code withDescendants}. */
    public ExportOptions nodes(List<String> paths, boolean withDescendants) {
        return new ExportOptions(format, what, themes, attributes, rows, columns, own, value, top, paths, withDescendants);
    }
}
