package org.quire.model;

import java.util.List;

/**
 * One theme's matrix: every coded extract from the nodes of the theme and its sub-themes, one row
 * each, as researchers otherwise lay it out by hand in a spreadsheet.
 *
 * @param themeGuid  the theme's GUID, the key its notes are saved under
 * @param theme      the theme's name
 * @param attributes names of the source attributes shown, in column order
 * @param rows       the extracts: by sub-theme (the theme's own nodes first), node, source, position
 */
public record ThemeMatrix(String themeGuid, String theme, List<String> attributes, List<Row> rows) {
    public ThemeMatrix {
        attributes = List.copyOf(attributes);
        rows = List.copyOf(rows);
    }

    /** How many extracts also support another theme. */
    public long flaggedCount() {
        return rows.stream().filter(Row::alsoElsewhere).count();
    }

    /**
     * One coded extract.
     *
     * @param codingGuid      the coding's GUID: the stable key of the row's note and quotation flag
     * @param subTheme        the sub-theme the node feeds, "" when it feeds the theme itself
     * @param node            the node's path
     * @param source          the source's path (folder and name)
     * @param attributeValues the source's value of each shown attribute, "" when it has none
     * @param page            1-based page of the start for paged sources (PDF), 0 otherwise
     * @param paragraph       1-based paragraph of the start
     * @param citation        source, page and paragraph, as a report cites it
     * @param start           start offset of the extract in the source's text
     * @param end             end offset (exclusive)
     * @param extract         the coded text
     * @param otherThemes     other themes whose own nodes code an overlapping passage: the extract
     *                        turns up in their matrices too
     * @param note            the analyst's note, "" when none
     * @param quote           whether the analyst chose it as a quotation for the report
     */
    public record Row(String codingGuid, String subTheme, String node, String source, List<String> attributeValues,
                      int page, int paragraph, String citation, int start, int end, String extract,
                      List<String> otherThemes, String note, boolean quote) {
        public Row {
            attributeValues = List.copyOf(attributeValues);
            otherThemes = List.copyOf(otherThemes);
        }

        /** Whether the same passage also supports another theme: a signal worth a look. */
        public boolean alsoElsewhere() {
            return !otherThemes.isEmpty();
        }
    }
}
