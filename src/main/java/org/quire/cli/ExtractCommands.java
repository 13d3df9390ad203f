package org.quire.cli;

import java.io.PrintWriter;
import java.util.List;
import org.quire.model.ThemeMatrix;
import org.quire.model.QuireException;
import org.quire.model.Theme;
import org.quire.service.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quire extract note|quote}: the analyst's note on a theme-matrix row, and quotations for the report. */
@Command(name = "extract", description = "Note an extract of a theme matrix, or choose it as a quotation.",
        subcommands = {ExtractCommands.Note.class, ExtractCommands.Quote.class})
final class ExtractCommands {
    private ExtractCommands() {
    }

    /** Which row: its number in 'quire matrix DIR --theme NAME', or its coding GUID. */
    static final class Which {
        @Option(names = "--row", paramLabel = "N", required = true,
                description = "The row number 'quire matrix DIR --theme NAME' shows.")
        Integer row;

        @Option(names = "--coding", paramLabel = "GUID", required = true, description = "The coding's GUID.")
        String coding;
    }

    /** The options both subcommands share. */
    abstract static class ExtractCommand extends ProjectCommand {
        @Option(names = "--theme", required = true, paramLabel = "NAME", description = "The theme whose matrix it is.")
        String theme;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        ThemeMatrix.Row row(Project project, Theme t) {
            ThemeMatrix m = project.themeMatrices().matrix(t.id(), List.of());
            if (which.coding != null) {
                return m.rows().stream().filter(r -> r.codingGuid().equals(which.coding.strip())).findFirst()
                        .orElseThrow(() -> new QuireException("Coding '" + which.coding.strip()
                                + "' is not an extract of theme '" + t.name() + "'"));
            }
            if (which.row < 1 || which.row > m.rows().size()) {
                throw new QuireException("Theme '" + t.name() + "' has " + Text.plural(m.rows().size(), "extract",
                        "extracts") + "; there is no row " + which.row);
            }
            return m.rows().get(which.row - 1);
        }
    }

    @Command(name = "note", description = "Write the analyst's note on one extract of a theme matrix ('' removes it).")
    static final class Note extends ExtractCommand {
        @Parameters(index = "1", paramLabel = "TEXT", description = "The note.")
        String text;

        @Override
        int run(Project project, PrintWriter out) {
            Theme t = project.themes().find(theme);
            ThemeMatrix.Row r = row(project, t);
            project.themeMatrices().setNote(t.id(), r.codingGuid(), text);
            out.println((text.isBlank() ? "Removed the note on " : "Noted ") + r.citation() + " in theme '" + t.name()
                    + "'");
            return Cli.OK;
        }
    }

    @Command(name = "quote", description = "Choose one extract of a theme matrix as a quotation for the report.")
    static final class Quote extends ExtractCommand {
        @Option(names = "--off", description = "Drop it from the quotations instead.")
        boolean off;

        @Override
        int run(Project project, PrintWriter out) {
            Theme t = project.themes().find(theme);
            ThemeMatrix.Row r = row(project, t);
            project.themeMatrices().setQuote(t.id(), r.codingGuid(), !off);
            out.println((off ? "Dropped " : "Chose ") + r.citation() + " as a quotation for theme '" + t.name() + "'");
            return Cli.OK;
        }
    }
}
