package org.quire.exports;

import java.util.ArrayList;
import java.util.List;

/**
 * One table to export: a sheet of a workbook, a CSV file. Cells are strings or numbers; text is
 * neutralised against formula injection by the writers, not here, so that JSON keeps it as it is.
 *
 * @param name    the sheet name (shortened and made unique by the xlsx writer)
 * @param columns the columns, in order
 * @param rows    the cells of each row, one per column
 * @param flagged per row, whether it is highlighted (an extract that also supports another theme);
 *                empty when no row is
 */
public record Table(String name, List<Column> columns, List<List<Object>> rows, List<Boolean> flagged) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        flagged = List.copyOf(flagged);
    }

    /**
     * A column.
     *
     * @param header the header cell
     * @param width  its width in characters on a sheet
     * @param wrap   whether long text wraps within the column (extracts, notes)
     * @param hidden whether a sheet hides it (identifiers kept for tools, not for readers)
     */
    public record Column(String header, int width, boolean wrap, boolean hidden) {
        public static Column text(String header, int width) {
            return new Column(header, width, false, false);
        }

        public static Column wrapped(String header, int width) {
            return new Column(header, width, true, false);
        }

        public static Column hidden(String header, int width) {
            return new Column(header, width, false, true);
        }
    }

    public boolean isFlagged(int row) {
        return row < flagged.size() && flagged.get(row);
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private final List<Boolean> flagged = new ArrayList<>();

        public Builder(String name) {
            this.name = name;
        }

        public Builder column(Column c) {
            columns.add(c);
            return this;
        }

        public Builder row(List<Object> cells) {
            return row(cells, false);
        }

        public Builder row(List<Object> cells, boolean flag) {
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException(cells.size() + " cells for " + columns.size() + " columns");
            }
            rows.add(new ArrayList<>(cells));
            flagged.add(flag);
            return this;
        }

        public Table build() {
            return new Table(name, columns, rows.stream().map(java.util.Collections::unmodifiableList).toList(),
                    flagged.contains(Boolean.TRUE) ? flagged : List.of());
        }
    }
}
