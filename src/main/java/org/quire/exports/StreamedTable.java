package org.quire.exports;

import java.util.List;
import java.util.function.Consumer;

/**
 * A table too large to hold in memory (every coded passage of a project): its columns, and its
 * rows handed to the writer one at a time as they are read. Cells are strings or numbers, as in
 * {@link Table}.
 *
 * @param rows called once by the writer; it passes each row, in order, to the sink it is given
 */
public record StreamedTable(String name, List<Table.Column> columns, Rows rows) {
    /** Produces the rows. */
    @FunctionalInterface
    public interface Rows {
        void each(Consumer<List<Object>> sink);
    }

    public StreamedTable {
        columns = List.copyOf(columns);
    }
}
