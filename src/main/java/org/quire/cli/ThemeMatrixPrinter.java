package org.quire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.quire.model.ThemeMatrix;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;

/** {@code quire matrix DIR --theme NAME}: a theme matrix as text, CSV, JSON or an Excel workbook. */
final class ThemeMatrixPrinter {
    private final Project project;
    private final String theme;
    private final List<String> attributes;
    private final boolean json;
    private final boolean csv;

    ThemeMatrixPrinter(Project project, String theme, List<String> attributes, boolean json, boolean csv) {
        this.project = project;
        this.theme = theme;
        this.attributes = attributes;
        this.json = json;
        this.csv = csv;
    }

    int print(PrintWriter out, Path xlsx) {
        if (xlsx != null) {
            Path written = project.exports().export(ExportOptions.of(ExportOptions.Format.XLSX, ExportOptions.What.THEMES)
                    .themes(List.of(theme)).attributes(attributes), xlsx);
            out.println("Wrote " + written);
            return Cli.OK;
        }
        ThemeMatrix m = project.themeMatrices().matrix(project.themes().find(theme).id(), attributes);
        if (json) {
            Json.print(out, m);
        } else if (csv) {
            csv(m, out);
        } else {
            text(m, out);
        }
        return Cli.OK;
    }

    private static void text(ThemeMatrix m, PrintWriter out) {
        out.println("Theme matrix of '" + m.theme() + "': " + Text.plural(m.rows().size(), "extract", "extracts")
                + (m.flaggedCount() == 0 ? "" : ", " + m.flaggedCount() + " also in other themes (marked *)"));
        int n = 1;
        for (ThemeMatrix.Row r : m.rows()) {
            StringBuilder b = new StringBuilder();
            b.append(n++).append(r.alsoElsewhere() ? "* " : ". ").append(r.quote() ? "[quote] " : "")
                    .append(r.citation()).append("  ").append(r.node());
            if (!r.subTheme().isEmpty()) {
                b.append("  (sub-theme ").append(r.subTheme()).append(')');
            }
            for (int i = 0; i < m.attributes().size(); i++) {
                if (!r.attributeValues().get(i).isEmpty()) {
                    b.append("  ").append(m.attributes().get(i)).append('=').append(r.attributeValues().get(i));
                }
            }
            out.println(b);
            out.println("    " + r.extract().replaceAll("\\s+", " ").strip());
            if (r.alsoElsewhere()) {
                out.println("    also supports: " + String.join("; ", r.otherThemes()));
            }
            if (!r.note().isEmpty()) {
                out.println("    note: " + r.note().replaceAll("\\s+", " "));
            }
        }
    }

    private static void csv(ThemeMatrix m, PrintWriter out) {
        try {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180);
            List<String> header = new ArrayList<>(List.of("Row", "Sub-theme", "Node", "Source"));
            header.addAll(m.attributes());
            header.addAll(List.of("Citation", "Extract", "Also supports", "Analyst note", "Quote", "Coding GUID"));
            p.printRecord(header.stream().map(MatrixCommand::safe).toList());
            int n = 1;
            for (ThemeMatrix.Row r : m.rows()) {
                List<String> rec = new ArrayList<>(List.of(Integer.toString(n++), r.subTheme(), r.node(), r.source()));
                rec.addAll(r.attributeValues());
                rec.addAll(List.of(r.citation(), r.extract(), String.join("; ", r.otherThemes()), r.note(),
                        r.quote() ? "yes" : "", r.codingGuid()));
                p.printRecord(rec.stream().map(MatrixCommand::safe).toList());
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
