package org.quire.service.exchange;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.quire.model.QuireException;

/**
 * Writes a table the user exports (a word list, query results, a matrix) as an RFC 4180 CSV file:
 * UTF-8 with a byte order mark (so Excel reads accents), CRLF line ends, quotes where needed.
 */
public final class CsvFiles {
    private CsvFiles() {
    }

    /**
     * Writes the header and rows to {@code file}, replacing it. The file is written beside its
     * final name first and moved into place, so a failed export never leaves half a file.
     *
     * @throws QuireException naming the file and the reason when it cannot be written
     */
    public static void write(Path file, List<String> header, List<List<String>> rows) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), ".quire-export-", ".csv");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
                out.write('\uFEFF');
                csv.printRecord(header.stream().map(CsvFiles::neutralise).toList());
                for (List<String> row : rows) {
                    csv.printRecord(row.stream().map(CsvFiles::neutralise).toList());
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException ignored) {
                // the export already failed; the message below says why
            }
            throw new QuireException("Cannot write " + target + ": " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /**
     * A cell a spreadsheet would run as a formula (starting with =, +, - or @, or a tab or carriage
     * return that some spreadsheets skip) gets a leading apostrophe, so it is shown as text.
     * Plain numbers (a negative count, a percentage) are left alone.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char c = cell.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (risky && !cell.matches("[-+]?\\d+(\\.\\d+)?%?")) {
            return "'" + cell;
        }
        return cell;
    }
}
