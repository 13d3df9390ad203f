package org.quire.imports;

import java.util.List;

/**
 * A sheet of a spreadsheet or a CSV file: a header row and data rows, every cell as the text a
 * reader sees (numbers and dates formatted as displayed). Rows are padded to the header's width.
 */
public record Table(String name, List<String> headers, List<List<String>> rows) {
    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The index of a column by header name, ignoring case and surrounding spaces; -1 when absent. */
    public int column(String header) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equalsIgnoreCase(header.strip())) {
                return i;
            }
        }
        return -1;
    }
}
