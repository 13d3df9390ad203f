package org.quire.model;

import java.util.List;

/**
 * A framework matrix: rows are sources, cases or the values of one attribute; columns are themes
 * or sub-themes; each cell holds the extracts of the column's theme that fall in the row, their
 * count, and the analyst's summary.
 *
 * @param rowKind "sources", "cases" or "attr:NAME"
 * @param cells   {@code cells.get(row).get(column)}
 */
public record FrameworkMatrix(String rowKind, List<RowHead> rows, List<ColumnHead> columns, List<List<Cell>> cells) {
    public FrameworkMatrix {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = cells.stream().map(List::copyOf).toList();
    }

    public Cell cell(int row, int column) {
        return cells.get(row).get(column);
    }

    /**
     * A row. Its summaries are saved under {@code guid} (the source's, the case's or the attribute's)
     * and {@code value} (the attribute value; "" for sources and cases).
     */
    public record RowHead(String guid, String value, String label) {
    }

    /** A column: one theme (with its sub-themes' nodes) and its GUID. */
    public record ColumnHead(String themeGuid, String label) {
    }

    /** One cell: how many extracts, which, and the analyst's summary ("" when none yet). */
    public record Cell(int count, String summary, List<Extract> extracts) {
        public Cell {
            extracts = List.copyOf(extracts);
        }
    }

    /** An extract in a cell, with its citation. */
    public record Extract(String codingGuid, String node, String source, String citation, String text) {
    }
}
