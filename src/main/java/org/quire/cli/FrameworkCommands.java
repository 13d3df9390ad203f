package org.quire.cli;

import java.io.PrintWriter;
import org.quire.model.FrameworkMatrix;
import org.quire.service.Project;
import org.quire.service.themes.FrameworkService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quire framework show|summary}: the framework matrix and the analyst's cell summaries. */
@Command(name = "framework", description = "Framework matrix: sources, cases or attribute values against themes.",
        subcommands = {FrameworkCommands.Show.class, FrameworkCommands.Summary.class})
final class FrameworkCommands {
    private FrameworkCommands() {
    }

    /** Rows and columns, as both subcommands take them. */
    abstract static class FrameworkCommand extends ProjectCommand {
        @Option(names = "--rows", paramLabel = "ROWS", defaultValue = "sources",
                description = "sources (default), cases or attr:NAME.")
        String rows;

        @Option(names = "--cols", paramLabel = "COLS", defaultValue = "themes",
                description = "themes (default), themes:NAME,NAME or subthemes:NAME.")
        String cols;
    }

    @Command(name = "show", description = "Show each cell's count of extracts and the analyst's summary.")
    static final class Show extends FrameworkCommand {
        @Mixin
        JsonOption json;

        @Override
        int run(Project project, PrintWriter out) {
            FrameworkMatrix f = project.frameworks().framework(rows, cols);
            if (json.json) {
                Json.print(out, f);
                return Cli.OK;
            }
            for (int r = 0; r < f.rows().size(); r++) {
                StringBuilder line = new StringBuilder(f.rows().get(r).label());
                boolean any = false;
                for (int c = 0; c < f.columns().size(); c++) {
                    FrameworkMatrix.Cell cell = f.cell(r, c);
                    if (cell.count() > 0 || !cell.summary().isEmpty()) {
                        any = true;
                        line.append("\n    ").append(f.columns().get(c).label()).append(": ")
                                .append(Text.plural(cell.count(), "extract", "extracts"));
                        if (!cell.summary().isEmpty()) {
                            line.append(" — ").append(cell.summary().replaceAll("\\s+", " "));
                        }
                    }
                }
                if (any) {
                    out.println(line);
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "summary", description = "Write the analyst's summary of one cell ('' removes it).")
    static final class Summary extends FrameworkCommand {
        @Option(names = "--row", required = true, paramLabel = "LABEL", description = "The row: a source path, "
                + "case name or attribute value.")
        String row;

        @Option(names = "--col", required = true, paramLabel = "THEME", description = "The column's theme.")
        String column;

        @Parameters(index = "1", paramLabel = "TEXT", description = "The summary.")
        String text;

        @Override
        int run(Project project, PrintWriter out) {
            FrameworkMatrix f = project.frameworks().framework(rows, cols);
            FrameworkMatrix.RowHead r = FrameworkService.row(f, row);
            FrameworkMatrix.ColumnHead c = FrameworkService.column(f, column);
            project.frameworks().setSummary(r, c.themeGuid(), text);
            out.println((text.isBlank() ? "Removed the summary of '" : "Summarised '") + r.label() + "' × '"
                    + c.label() + "'");
            return Cli.OK;
        }
    }
}
