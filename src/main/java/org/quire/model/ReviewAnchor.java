package org.quire.model;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a review comment is about, named so that it survives renames and new exports: a theme's
 * definition or narrative (by the theme's GUID), a whole theme, an extract (by its coding's GUID),
 * a code of the code book (by the node's GUID), a framework cell (row GUID, attribute value, theme
 * GUID) or a point of the checklist (its number). Written as {@code kind:key}, e.g.
 * {@code theme-definition:0190c5e2-…}.
 *
 * @param key the object's GUID; for a cell {@code rowGuid/themeGuid/value} (value URL-encoded);
 *            for a checklist point its number
 */
public record ReviewAnchor(Kind kind, String key) {
    /**
     * The document property (custom property of a .docx or .xlsx, kept by Word, Excel and LibreOffice)
     * naming the GUID of the project an export was made from, so that its comments go back there only.
     */
    public static final String PROJECT_PROPERTY = "QuireProject";
    /** The document property naming that project's title, for the message when a file is refused. */
    public static final String TITLE_PROPERTY = "QuireProjectTitle";

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
            + "-[0-9a-fA-F]{12}");

    /** The kinds of object a reviewer can comment on; {@code code} is the anchor's prefix. */
    public enum Kind {
        THEME("theme", 'T'),
        THEME_DEFINITION("theme-definition", 'D'),
        THEME_NARRATIVE("theme-narrative", 'N'),
        EXTRACT("extract", 'X'),
        CODE("code", 'C'),
        CELL("cell", 'F'),
        CHECKLIST("checklist", 'K');

        private final String code;
        private final char letter;

        Kind(String code, char letter) {
            this.code = code;
            this.letter = letter;
        }

        public String code() {
            return code;
        }

        static Kind of(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            return null;
        }

        static Kind ofLetter(char letter) {
            for (Kind k : values()) {
                if (k.letter == letter) {
                    return k;
                }
            }
            return null;
        }
    }

    public ReviewAnchor {
        if (kind == null || key == null || key.isBlank()) {
            throw new IllegalArgumentException("an anchor needs a kind and a key");
        }
    }

    public static ReviewAnchor theme(String guid) {
        return new ReviewAnchor(Kind.THEME, guid);
    }

    public static ReviewAnchor definition(String themeGuid) {
        return new ReviewAnchor(Kind.THEME_DEFINITION, themeGuid);
    }

    public static ReviewAnchor narrative(String themeGuid) {
        return new ReviewAnchor(Kind.THEME_NARRATIVE, themeGuid);
    }

    public static ReviewAnchor extract(String codingGuid) {
        return new ReviewAnchor(Kind.EXTRACT, codingGuid);
    }

    public static ReviewAnchor code(String nodeGuid) {
        return new ReviewAnchor(Kind.CODE, nodeGuid);
    }

    public static ReviewAnchor checklist(int point) {
        return new ReviewAnchor(Kind.CHECKLIST, Integer.toString(point));
    }

    public static ReviewAnchor cell(String rowGuid, String rowValue, String themeGuid) {
        return new ReviewAnchor(Kind.CELL, rowGuid + "/" + themeGuid + "/"
                + URLEncoder.encode(rowValue == null ? "" : rowValue, StandardCharsets.UTF_8));
    }

    /** Reads {@code kind:key}; a string that is not an anchor gets a message saying what it is. */
    public static ReviewAnchor parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        Kind kind = colon < 0 ? null : Kind.of(text.substring(0, colon));
        if (kind == null) {
            throw new QuireException("'" + text + "' names no object a review comment can be on");
        }
        ReviewAnchor a = new ReviewAnchor(kind, text.substring(colon + 1));
        boolean ok = switch (kind) {
            case CHECKLIST -> a.key.matches("\\d{1,2}");
            case CELL -> a.key.split("/", 3).length == 3 && GUID.matcher(a.key.split("/", 3)[1]).matches();
            default -> GUID.matcher(a.key).matches();
        };
        if (!ok) {
            throw new QuireException("'" + text + "' names no object a review comment can be on");
        }
        return a;
    }

    /** The GUID of the object (the theme's for a cell), or null for a checklist point. */
    public String objectGuid() {
        return switch (kind) {
            case CHECKLIST -> null;
            case CELL -> key.split("/", 3)[1];
            default -> key.toLowerCase(Locale.ROOT);
        };
    }

    /** For a cell: its row's GUID, its attribute value ("" for a source or case) and its theme's GUID. */
    public String[] cellParts() {
        String[] p = key.split("/", 3);
        return new String[] {p[0], URLDecoder.decode(p[2], StandardCharsets.UTF_8), p[1]};
    }

    /**
     * A Word bookmark name for this anchor (letters, digits and underscores, at most 40 characters,
     * unique in a document by {@code serial}), or null for a kind Word reports do not mark.
     */
    public String bookmark(int serial) {
        if (kind == Kind.CELL) {
            return null;
        }
        String body = kind == Kind.CHECKLIST ? key : key.replace("-", "").toLowerCase(Locale.ROOT);
        return "q" + kind.letter + body + "_" + Integer.toString(serial, 36);
    }

    /** The anchor a bookmark made by {@link #bookmark} names, or null for any other bookmark. */
    public static ReviewAnchor fromBookmark(String name) {
        if (name == null || name.length() < 4 || name.charAt(0) != 'q' || name.indexOf('_') < 0) {
            return null;
        }
        Kind kind = Kind.ofLetter(name.charAt(1));
        String body = name.substring(2, name.lastIndexOf('_'));
        if (kind == null || kind == Kind.CELL) {
            return null;
        }
        if (kind == Kind.CHECKLIST) {
            return body.matches("\\d{1,2}") ? checklist(Integer.parseInt(body)) : null;
        }
        if (!body.matches("[0-9a-f]{32}")) {
            return null;
        }
        String guid = body.substring(0, 8) + "-" + body.substring(8, 12) + "-" + body.substring(12, 16) + "-"
                + body.substring(16, 20) + "-" + body.substring(20);
        return new ReviewAnchor(kind, guid);
    }

    @Override
    public String toString() {
        return kind.code + ":" + key;
    }
}
