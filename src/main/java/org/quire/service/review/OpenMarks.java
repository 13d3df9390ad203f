package org.quire.service.review;

import java.util.Map;
import java.util.Locale;
import org.quire.model.ReviewAnchor;

/**
 * Which objects have open review comments: what the workbench marks in the code book, the theme
 * matrix, the framework matrix and the document margin. Read in one query of the open comments
 * ({@link ReviewService#openMarks}), then looked up per row without touching the project.
 *
 * @param byKey the open comments by object, keyed as {@link #key} makes them
 */
public record OpenMarks(Map<String, Mark> byKey) {
    /** No open comments. */
    public static final OpenMarks NONE = new OpenMarks(Map.of());

    public OpenMarks {
        byKey = Map.copyOf(byKey);
    }

    /**
     * The open comments on one object: how many, and the first of them (oldest), which a marker's
     * tooltip shows and a click on the marker opens.
     */
    public record Mark(int count, long firstId, String firstReviewer, String firstText) {
        /** The tooltip: how many, then the first comment. */
        public String tooltip() {
            String one = firstText.strip().replaceAll("\\s+", " ");
            if (one.length() > 200) {
                one = one.substring(0, 199) + "…";
            }
            return (count == 1 ? "1 open review comment" : count + " open review comments") + "\n" + firstReviewer
                    + ": " + one;
        }
    }

    /** A code of the code book (node GUID). */
    public Mark code(String nodeGuid) {
        return byKey.get("code:" + lower(nodeGuid));
    }

    /** An extract (coding GUID). */
    public Mark extract(String codingGuid) {
        return byKey.get("extract:" + lower(codingGuid));
    }

    /** A theme: comments on the theme itself, its definition or its narrative. */
    public Mark theme(String themeGuid) {
        return byKey.get("theme:" + lower(themeGuid));
    }

    /** A framework cell: its row (source, case or attribute GUID, and value) and its theme. */
    public Mark cell(String rowGuid, String rowValue, String themeGuid) {
        return byKey.get(key(ReviewAnchor.cell(rowGuid, rowValue, themeGuid)));
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** Where a comment on this anchor is counted: a theme's definition and narrative count as the theme. */
    static String key(ReviewAnchor a) {
        return switch (a.kind()) {
            case THEME, THEME_DEFINITION, THEME_NARRATIVE -> "theme:" + lower(a.key());
            case EXTRACT -> "extract:" + lower(a.key());
            case CODE -> "code:" + lower(a.key());
            case CELL -> {
                String[] p = a.cellParts();
                yield "cell:" + lower(p[0]) + "/" + lower(p[2]) + "/" + p[1];
            }
            case CHECKLIST -> "checklist:" + a.key();
        };
    }

    private static String lower(String guid) {
        return guid == null ? "" : guid.toLowerCase(Locale.ROOT);
    }
}
