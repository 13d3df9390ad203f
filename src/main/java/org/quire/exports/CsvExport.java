package org.quire.exports;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as CSV (RFC 4180: comma, CRLF, fields quoted when needed), UTF-8 with a byte
 * order mark so that Excel reads accented names correctly. Text that a spreadsheet would run as a
 * formula gets a leading apostrophe ({@link SafeText}).
 */
public final class CsvExport {
    private CsvExport() {
    }

    public static Path write(Table table, Path out) {
        return write(StreamedTable.of(table), out);
    }

    /** Writes the rows as they come, through a buffer: a table of 100,000 rows never sits in memory. */
    public static Path write(StreamedTable table, Path out) {
        AtomicOutput.check(out);
        return AtomicOutput.write(out, stream -> {
            Writer w = new java.io.BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            w.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
            List<String> header = new ArrayList<>();
            table.columns().forEach(c -> header.add(SafeText.forCsv(c.header())));
            csv.printRecord(header);
            try {
                // The cells are made where the rows are read (on a thread of their own for a read-ahead table).
                table.each(row -> {
                    List<Object> cells = new ArrayList<>(row.size());
                    for (Object v : row) {
                        cells.add(v instanceof Number ? v : SafeText.forCsv(v == null ? "" : v.toString()));
                    }
                    return cells;
                }, cells -> {
                    try {
                        csv.printRecord(cells);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            csv.flush();
            w.flush();
        });
    }
}
