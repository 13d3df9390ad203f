package org.quire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quire.service.ExportOptions;
import org.quire.service.MatrixValue;
import org.quire.service.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quire export}: what supervisors read, as xlsx, docx, html, csv or json. The format decides
 * which exporter runs ({@link #dispatch}); a new family of formats adds a case there.
 */
@Command(name = "export", description = {"Export the code book, theme matrices, a matrix query, the framework",
        "matrix, the themes report or word frequencies as xlsx, docx, html, csv or json.",
        "Which formats each export has: see docs/exports.md."})
final class ExportCommand extends ProjectCommand {
    @Option(names = "--format", required = true, paramLabel = "F", description = "xlsx, docx, html, csv or json.")
    String format;

    @Option(names = "--what", paramLabel = "W", description = "codebook, themes, matrix, framework, report or words.")
    String what;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced whole).")
    Path out;

    @Option(names = "--theme", paramLabel = "NAME", description = "themes: only this theme; repeatable.")
    List<String> themes = new ArrayList<>();

    @Option(names = "--attr", paramLabel = "NAME", split = ",",
            description = "themes/report: source attributes to show (default: all); repeatable or comma-separated.")
    List<String> attributes;

    @Option(names = "--rows", paramLabel = "ROWS", description = "matrix: nodes:PATH,PATH | children:PATH | cases | "
            + "attr:NAME; framework: sources (default) | cases | attr:NAME.")
    String rows;

    @Option(names = "--cols", paramLabel = "COLS", description = "matrix: as --rows; framework: themes (default) | "
            + "themes:NAME,NAME | subthemes:NAME.")
    String cols;

    @Option(names = "--own", description = "matrix: nodes stand for their own codings only.")
    boolean own;

    @Option(names = "--value", paramLabel = "V", description = "matrix as csv: references (default), sources or words.")
    MatrixValue value;

    @Option(names = "--top", paramLabel = "N", defaultValue = "200", description = "words: how many (default 200).")
    int top;

    @Override
    int run(Project project, PrintWriter out) {
        Path written = dispatch(project);
        out.println("Wrote " + written);
        return Cli.OK;
    }

    private Path dispatch(Project project) {
        return switch (format == null ? "" : format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "xlsx", "docx", "html", "csv", "json" -> tabular(project);
            default -> throw new org.quire.model.QuireException("Unknown export format '" + format
                    + "': use xlsx, docx, html, csv or json");
        };
    }

    private Path tabular(Project project) {
        if (what == null) {
            throw new org.quire.model.QuireException("Say what to export as " + format.strip()
                    + " with --what codebook|themes|matrix|framework|report|words");
        }
        ExportOptions options = ExportOptions.of(ExportOptions.Format.parse(format), ExportOptions.What.parse(what))
                .themes(themes).attributes(attributes).axes(rows, cols).own(own).value(value).top(top);
        return project.exports().export(options, out);
    }
}
