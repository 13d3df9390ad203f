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
        AtomicOutput.check(out);
        return AtomicOutput.write(out, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
            List<String> header = new ArrayList<>();
            table.columns().forEach(c -> header.add(SafeText.forCsv(c.header())));
            csv.printRecord(header);
            for (List<Object> row : table.rows()) {
                List<Object> cells = new ArrayList<>(row.size());
                for (Object v : row) {
                    cells.add(v instanceof Number ? v : SafeText.forCsv(v == null ? "" : v.toString()));
                }
                csv.printRecord(cells);
            }
            csv.flush();
            w.flush();
        });
    }
}
