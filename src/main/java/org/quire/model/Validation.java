package org.quire.model;

import java.util.regex.Pattern;

/**
 * The rules every user-supplied name, colour, text and range must meet, whichever capability takes
 * it; messages name the value and the rule.
 */
public final class Validation {
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    public static final int MAX_NAME = 200;

    private Validation() {
    }

    /** A name of a node, theme, case, source or attribute: one line, not blank, not too long. */
    public static String name(String kind, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new QuireException(kind + " name cannot be empty");
        }
        String name = raw.strip();
        if (name.length() > MAX_NAME) {
            throw new QuireException(kind + " name '" + name.substring(0, 40) + "…' is longer than " + MAX_NAME
                    + " characters");
        }
        if (name.chars().anyMatch(c -> c < 0x20)) {
            throw new QuireException(kind + " name '" + name.replaceAll("\\p{Cntrl}", " ")
                    + "' must be on one line, without control characters");
        }
        return name;
    }

    public static String color(String raw) {
        if (raw == null || !COLOR.matcher(raw.strip()).matches()) {
            throw new QuireException("Colour '" + raw + "' must be written #RRGGBB, e.g. #4E79A7");
        }
        return raw.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static String text(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /** A range of a source's text: inside the text and not empty. */
    public static Span span(String sourceName, SourceText text, Span span) {
        return span(sourceName, text.text().length(), span);
    }

    public static Span span(String sourceName, int length, Span span) {
        if (span.end() > length) {
            throw new QuireException("Range " + span + " is past the end of '" + sourceName + "', which has "
                    + length + " characters (valid offsets are 0 to " + length + ")");
        }
        if (span.isEmpty()) {
            throw new QuireException("Range " + span + " of '" + sourceName + "' is empty: select at least one character");
        }
        return span;
    }
}
