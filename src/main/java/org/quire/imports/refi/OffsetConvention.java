package org.quire.imports.refi;

/**
 * How a REFI-QDA file counts text positions. The standard says Unicode code points; NVivo counts
 * UTF-16 code units; ATLAS.ti counts a CRLF line break as one (see docs/decisions/0006).
 */
public enum OffsetConvention {
    CODE_POINTS(false, false, "Unicode code points, a CRLF line break counted as two"),
    CODE_POINTS_CRLF_AS_ONE(false, true, "Unicode code points, a CRLF line break counted as one"),
    UTF16(true, false, "UTF-16 code units (an emoji counts two), a CRLF line break counted as two"),
    UTF16_CRLF_AS_ONE(true, true, "UTF-16 code units (an emoji counts two), a CRLF line break counted as one");

    private final boolean utf16;
    private final boolean crlfAsOne;
    private final String description;

    OffsetConvention(boolean utf16, boolean crlfAsOne, String description) {
        this.utf16 = utf16;
        this.crlfAsOne = crlfAsOne;
        this.description = description;
    }

    public boolean utf16() {
        return utf16;
    }

    public boolean crlfAsOne() {
        return crlfAsOne;
    }

    public String description() {
        return description;
    }

    /**
     * What this convention means for a text with or without CRLF line breaks and characters above
     * U+FFFF: only the parts that text has are named.
     */
    public String describe(boolean crlf, boolean astral) {
        if (crlf && astral) {
            return description;
        }
        if (astral) {
            return utf16 ? "UTF-16 code units (an emoji counts two)" : "Unicode code points (an emoji counts one)";
        }
        if (crlf) {
            return "a CRLF line break counted as " + (crlfAsOne ? "one" : "two");
        }
        return "characters (every convention agrees on this text)";
    }

    /** What the producing software is known to write, from {@code Project@origin}; the standard otherwise. */
    public static OffsetConvention expectedFor(String origin) {
        String o = origin == null ? "" : origin.toLowerCase(java.util.Locale.ROOT);
        if (o.contains("nvivo")) {
            return UTF16;
        }
        // Why MAXQDA too: QualCoder's MAXQDA option writes CRLF files without changing positions.
        if (o.contains("atlas") || o.contains("maxqda")) {
            return CODE_POINTS_CRLF_AS_ONE;
        }
        return CODE_POINTS;
    }
}
