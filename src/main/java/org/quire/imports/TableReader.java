package org.quire.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads survey answers and attribute sheets: CSV (RFC 4180, encoding detected, comma, semicolon
 * or tab separated) and the first sheet of an Excel workbook (.xlsx, .xls).
 */
public final class TableReader {
    private static final int MAX_ROWS = 1_000_000;

    private TableReader() {
    }

    public static Table read(Path file, ImportLimits limits) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, "no such file");
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new ImportException(file, "the file is empty");
        }
        if (size > limits.maxFileBytes()) {
            throw new ImportException(file, "the file is over the import limit of "
                    + limits.maxFileBytes() / (1024 * 1024) + " MB");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        Table table = FileSignature.ZIP.matches(head) || FileSignature.OLE2.matches(head)
                ? readWorkbook(file) : readCsv(file);
        if (table.headers().isEmpty() || table.headers().stream().allMatch(String::isBlank)) {
            throw new ImportException(file, "the first row has no column names");
        }
        return table;
    }

    private static Table readCsv(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".tsv") && !name.endsWith(".txt")) {
            FileSignature sig = FileSignature.of(Files.readAllBytes(file));
            throw new ImportException(file, sig != null ? "the content is " + sig.description()
                    + ", not a spreadsheet or CSV file" : "not a spreadsheet (.xlsx, .xls) or CSV file");
        }
        CharsetDetector.Decoded decoded = CharsetDetector.decode(Files.readAllBytes(file));
        if (decoded == null) {
            throw new ImportException(file, "this is binary data, not CSV text");
        }
        String text = TextNormalizer.normalize(decoded.text());
        char delimiter = guessDelimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<List<String>> all = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (all.size() > MAX_ROWS) {
                    throw new ImportException(file, "more than " + MAX_ROWS + " rows");
                }
                List<String> cells = new ArrayList<>();
                r.forEach(cells::add);
                all.add(cells);
            }
            return toTable(stripExtension(file), all);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportException(file, "the CSV is malformed (" + e.getMessage() + ")", e);
        }
    }

    // The separator that appears most often in the header line: Excel writes ';' in many locales.
    private static char guessDelimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = header.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long n = header.chars().filter(x -> x == c).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    private static Table readWorkbook(Path file) throws IOException {
        PoiLimits.ensure();
        return ImportFailures.guard(file, () -> {
            try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                if (wb.getNumberOfSheets() == 0) {
                    throw new ImportException(file, "the workbook has no sheets");
                }
                Sheet sheet = wb.getSheetAt(0);
                DataFormatter formatter = new DataFormatter(Locale.ROOT);
                List<List<String>> all = new ArrayList<>();
                for (Row row : sheet) {
                    if (all.size() > MAX_ROWS) {
                        throw new ImportException(file, "more than " + MAX_ROWS + " rows");
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                    all.add(cells);
                }
                return toTable(sheet.getSheetName(), all);
            }
        });
    }

    private static Table toTable(String name, List<List<String>> all) {
        List<List<String>> nonEmpty = all.stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).toList();
        if (nonEmpty.isEmpty()) {
            return new Table(name, List.of(), List.of());
        }
        List<String> headers = nonEmpty.get(0).stream().map(String::strip).toList();
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : nonEmpty.subList(1, nonEmpty.size())) {
            List<String> padded = new ArrayList<>(r.subList(0, Math.min(r.size(), headers.size())));
            while (padded.size() < headers.size()) {
                padded.add("");
            }
            rows.add(padded);
        }
        return new Table(name, headers, rows);
    }

    private static String stripExtension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? n : n.substring(0, dot);
    }
}
