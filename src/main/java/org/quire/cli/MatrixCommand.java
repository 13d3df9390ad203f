package org.quire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.quire.model.QuireException;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;
import org.quire.service.queries.MatrixAxis;
import org.quire.service.queries.MatrixResult;
import org.quire.service.queries.MatrixValue;
import org.quire.service.queries.Passage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code quire matrix}: a matrix coding query, or the text of one of its cells. */
@Command(name = "matrix", description = {"Matrix coding query: rows and columns of nodes, cases or the values",
        "of an attribute; each cell is the text coded at the row that falls within the column.",
        "ROWS and COLS: nodes:PATH,PATH | children:PATH | cases | attr:NAME. See docs/search.md.",
        "With --theme NAME instead: the theme matrix, one row per coded extract (docs/exports.md)."})
final class MatrixCommand extends ProjectCommand {
    /** Row or column percentages. */
    enum Percent { ROW, COLUMN }

    @Option(names = "--rows", paramLabel = "ROWS", description = "What the rows are.")
    String rows;

    @Option(names = "--cols", paramLabel = "COLS", description = "What the columns are.")
    String cols;

    @Option(names = "--theme", paramLabel = "NAME", description = "Show the theme matrix of theme NAME instead.")
    String theme;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Write the matrix to an Excel workbook.")
    java.nio.file.Path xlsx;

    @Option(names = "--attr", paramLabel = "NAME", split = ",",
            description = "With --theme: source attributes to show (default: all).")
    List<String> attributes;

    @Option(names = "--value", paramLabel = "V", defaultValue = "references",
            description = "references (default), sources or words.")
    MatrixValue value;

    @Option(names = "--percent", paramLabel = "row|column", description = "Show each cell as a percentage of "
            + "its row's or its column's total.")
    Percent percent;

    @Option(names = "--own", description = "Nodes stand for their own codings only, not their descendants'.")
    boolean own;

    @Option(names = "--cell", paramLabel = "ROW,COL", description = "List the text of one cell (1-based numbers).")
    String cell;

    @Option(names = "--csv", description = "Print the matrix as CSV (RFC 4180).")
    boolean csv;

    @Mixin
    JsonOption json;

    /** {@code matrix --json}: labels, the value shown and every cell's values. */
    record MatrixRow(List<String> rows, List<String> columns, String value, String percent,
                     List<List<Number>> values, List<List<CellRow>> cells) {
    }

    record CellRow(int references, int sources, long words) {
    }

    @Override
    int run(Project project, PrintWriter out) {
        if (theme != null) {
            if (rows != null || cols != null || cell != null) {
                throw new QuireException("--theme shows a theme matrix: leave out --rows, --cols and --cell");
            }
            return new ThemeMatrixPrinter(project, theme, attributes, json.json, csv).print(out, xlsx);
        }
        if (rows == null || cols == null) {
            throw new QuireException("Give --rows and --cols for a matrix coding query, or --theme NAME for a theme matrix");
        }
        if (xlsx != null) {
            Path written = project.exports().export(ExportOptions.of(ExportOptions.Format.XLSX,
                    ExportOptions.What.MATRIX).axes(rows, cols).own(own), xlsx);
            out.println("Wrote " + written);
            return Cli.OK;
        }
        MatrixAxis r = project.matrices().axis(rows, !own);
        MatrixAxis c = project.matrices().axis(cols, !own);
        if (cell != null) {
            int[] at = cell(cell);
            List<Passage> passages = project.matrices().cell(r, c, at[0] - 1, at[1] - 1);
            printPassages(passages, out);
            return Cli.OK;
        }
        MatrixResult m = project.matrices().run(r, c);
        if (json.json) {
            printJson(m, out);
        } else if (csv) {
            printCsv(m, out);
        } else {
            printTable(m, out);
        }
        return Cli.OK;
    }

    private static int[] cell(String text) {
        String[] parts = text.split(",");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new QuireException("Cell '" + text + "' must be a row and a column number, e.g. 2,3");
    }

    private Number shown(MatrixResult m, int row, int column) {
        if (percent == null) {
            return m.value(row, column, value);
        }
        double p = percent == Percent.ROW ? m.rowPercent(row, column, value) : m.columnPercent(row, column, value);
        return Math.round(p * 10) / 10.0;
    }

    private String format(Number n) {
        return percent == null ? n.toString() : String.format(Locale.ROOT, "%.1f%%", n.doubleValue());
    }

    private void printTable(MatrixResult m, PrintWriter out) {
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(""));
        for (int c = 0; c < m.columns().size(); c++) {
            header.add((c + 1) + ". " + m.columns().get(c));
        }
        lines.add(header);
        for (int r = 0; r < m.rows().size(); r++) {
            List<String> line = new ArrayList<>(List.of((r + 1) + ". " + m.rows().get(r)));
            for (int c = 0; c < m.columns().size(); c++) {
                line.add(format(shown(m, r, c)));
            }
            lines.add(line);
        }
        int[] width = new int[header.size()];
        lines.forEach(l -> {
            for (int i = 0; i < l.size(); i++) {
                width[i] = Math.max(width[i], l.get(i).length());
            }
        });
        out.println(value.name().toLowerCase(Locale.ROOT)
                + (percent == null ? "" : ", % of " + percent.name().toLowerCase(Locale.ROOT) + " total"));
        for (List<String> l : lines) {
            StringBuilder b = new StringBuilder(pad(l.get(0), width[0], false));
            for (int i = 1; i < l.size(); i++) {
                b.append("  ").append(pad(l.get(i), width[i], true));
            }
            out.println(b.toString().stripTrailing());
        }
    }

    private static String pad(String s, int width, boolean right) {
        String spaces = " ".repeat(width - s.length());
        return right ? spaces + s : s + spaces;
    }

    private void printCsv(MatrixResult m, PrintWriter out) {
        try {
            CSVPrinter csvOut = new CSVPrinter(out, CSVFormat.RFC4180);
            List<String> header = new ArrayList<>(List.of(""));
            m.columns().forEach(col -> header.add(safe(col)));
            csvOut.printRecord(header);
            for (int r = 0; r < m.rows().size(); r++) {
                List<String> record = new ArrayList<>(List.of(safe(m.rows().get(r))));
                for (int c = 0; c < m.columns().size(); c++) {
                    record.add(shown(m, r, c).toString());
                }
                csvOut.printRecord(record);
            }
            csvOut.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A spreadsheet runs a cell starting with one of these as a formula; a quote makes it text.
    static String safe(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private void printJson(MatrixResult m, PrintWriter out) {
        List<List<Number>> values = new ArrayList<>();
        List<List<CellRow>> cells = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            List<Number> vs = new ArrayList<>();
            List<CellRow> cs = new ArrayList<>();
            for (int c = 0; c < m.columns().size(); c++) {
                vs.add(shown(m, r, c));
                cs.add(new CellRow(m.references()[r][c], m.sources()[r][c], m.words()[r][c]));
            }
            values.add(vs);
            cells.add(cs);
        }
        Json.print(out, new MatrixRow(m.rows(), m.columns(), value.name().toLowerCase(Locale.ROOT),
                percent == null ? null : percent.name().toLowerCase(Locale.ROOT), values, cells));
    }

    private void printPassages(List<Passage> passages, PrintWriter out) {
        if (json.json) {
            Json.print(out, passages.stream().map(p -> new QueryCommands.PassageRow(p.source().id().value(),
                    p.source().path(), Rows.SpanRow.of(p.span()), p.paragraph(), p.page() == 0 ? null : p.page(),
                    p.text())).toList());
            return;
        }
        out.println(Text.plural(passages.size(), "passage", "passages") + " in cell " + cell.strip());
        for (Passage p : passages) {
            out.println(p.source().path() + (p.page() > 0 ? " p." + p.page() : "") + " ¶" + p.paragraph() + "  "
                    + p.span() + "  " + p.text().replaceAll("\\s+", " ").strip());
        }
    }
}
