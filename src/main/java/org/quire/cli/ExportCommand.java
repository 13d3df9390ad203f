package org.quire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quire.model.QuireException;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;
import org.quire.service.exchange.RefiService;
import org.quire.service.queries.MatrixValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quire export}: what supervisors read, as xlsx, docx, html, csv or json, and the whole
 * project or its code book for other QDA programs (REFI-QDA qdpx, qdc). The format decides which
 * exporter runs ({@link #run}); a new family of formats adds a case there.
 */
@Command(name = "export", description = {"Export the code book, theme matrices, a matrix query, the framework",
        "matrix, the themes report, word frequencies or every coded passage as xlsx, docx, html, csv or json;",
        "or the whole project (qdpx) or its code book (qdc) for NVivo, ATLAS.ti, MAXQDA and QualCoder (REFI-QDA).",
        "Which formats each export has: see docs/exports.md and docs/refi-qda.md."})
final class ExportCommand extends ProjectCommand {
    @Option(names = "--format", required = true, paramLabel = "F", description = "xlsx, docx, html, csv, json, qdpx or qdc.")
    String format;

    @Option(names = "--what", paramLabel = "W",
            description = "codebook, themes, matrix, framework, report, words or passages.")
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

    @Option(names = "--vendor", paramLabel = "V", defaultValue = "standard",
            description = "qdpx only: standard (default), nvivo (positions in UTF-16 units) or maxqda (CRLF text files).")
    String vendor;

    @Option(names = "--top", paramLabel = "N", defaultValue = "200", description = "words: how many (default 200).")
    int top;

    @Option(names = "--nodes", paramLabel = "PATH", split = ",",
            description = "passages: only the passages at these nodes (default: every node); repeatable or comma-separated.")
    List<String> nodes = new ArrayList<>();

    @Option(names = "--descendants", description = "passages: each of --nodes with the nodes under it.")
    boolean descendants;

    @Override
    int run(Project project, PrintWriter printer) {
        switch (format == null ? "" : format.strip().toLowerCase(Locale.ROOT)) {
            case "xlsx", "docx", "html", "csv", "json" -> printer.println("Wrote " + tabular(project));
            case "qdpx" -> {
                ImportCommand.ProgressBar bar = interactive() ? new ImportCommand.ProgressBar(err()) : null;
                RefiService.Exported e = project.refi().exportProject(out, vendor,
                        bar == null ? RefiService.Progress.NONE : (phase, done, total) -> bar.show(done, total));
                if (bar != null) {
                    bar.clear();
                }
                printer.println("Exported " + Text.plural(e.sources(), "source", "sources") + " and "
                        + Text.plural(e.passages(), "coded or annotated passage", "coded or annotated passages")
                        + " to " + e.file() + String.format(Locale.ROOT, " (%,d KB)", Math.max(1, e.bytes() / 1024)));
            }
            case "qdc" -> printer.println("Exported the code book to " + project.refi().exportCodeBook(out));
            default -> throw new QuireException("Unknown export format '" + format
                    + "': use xlsx, docx, html, csv, json, qdpx or qdc");
        }
        return Cli.OK;
    }

    private Path tabular(Project project) {
        if (what == null) {
            throw new QuireException("Say what to export as " + format.strip()
                    + " with --what codebook|themes|matrix|framework|report|words|passages");
        }
        ExportOptions options = ExportOptions.of(ExportOptions.Format.parse(format), ExportOptions.What.parse(what))
                .themes(themes).attributes(attributes).axes(rows, cols).own(own).value(value).top(top)
                .nodes(nodes, descendants);
        return project.exports().export(options, out);
    }
}
