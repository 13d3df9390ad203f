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
public record StreamedTable(String name, List<Table.Column> columns, Rows rows, boolean ahead) {
    /** Produces the rows. */
    @FunctionalInterface
    public interface Rows {
        void each(Consumer<List<Object>> sink);
    }

    public StreamedTable {
        columns = List.copyOf(columns);
    }

    public StreamedTable(String name, List<Table.Column> columns, Rows rows) {
        this(name, columns, rows, false);
    }

    /** A table held in memory, its rows handed over one by one. */
    static StreamedTable of(Table table) {
        return new StreamedTable(table.name(), table.columns(), sink -> table.rows().forEach(sink));
    }

    /**
     * The same table, its rows to be read on a thread of their own ahead of the writer, which also
     * makes each row's cells there ({@link ReadAhead}): for rows read from the project, which take
     * about as long to read as to write.
     */
    public StreamedTable readAhead() {
        return new StreamedTable(name, columns, rows, true);
    }

    /** Each row, made into what the writer writes by {@code prepare}; ahead of the writer if so asked. */
    <T> void each(java.util.function.Function<List<Object>, T> prepare, Consumer<T> sink) {
        if (ahead) {
            ReadAhead.<T>each(s -> rows.each(row -> s.accept(prepare.apply(row))), sink);
        } else {
            rows.each(row -> sink.accept(prepare.apply(row)));
        }
    }
}
