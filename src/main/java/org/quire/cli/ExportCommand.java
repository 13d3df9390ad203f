package org.quire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.quire.model.QuireException;
import org.quire.service.Project;
import org.quire.service.RefiService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quire export DIR --format F --out FILE}: the project in an exchange format. Each format
 * is one case of {@link #run}; adding a format adds a case and a line to {@code --format}'s help.
 */
@Command(name = "export", description = {"Export the project to FILE.",
        "Formats: qdpx (the whole project for NVivo, ATLAS.ti, MAXQDA, QualCoder: REFI-QDA),"
                + " qdc (the code book, REFI-QDA)."})
final class ExportCommand extends ProjectCommand {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "qdpx or qdc.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path file;

    @Option(names = "--vendor", paramLabel = "V", defaultValue = "standard",
            description = "qdpx only: standard (default), nvivo (positions in UTF-16 units) or maxqda (CRLF text files).")
    String vendor;

    @Override
    int run(Project project, PrintWriter out) {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "qdpx" -> {
                ImportCommand.ProgressBar bar = interactive() ? new ImportCommand.ProgressBar(err()) : null;
                RefiService.Exported e = project.refi().exportProject(file, vendor,
                        bar == null ? RefiService.Progress.NONE : (phase, done, total) -> bar.show(done, total));
                if (bar != null) {
                    bar.clear();
                }
                out.println("Exported " + Text.plural(e.sources(), "source", "sources") + " and "
                        + Text.plural(e.passages(), "coded or annotated passage", "coded or annotated passages")
                        + " to " + e.file() + String.format(Locale.ROOT, " (%,d KB)", Math.max(1, e.bytes() / 1024)));
            }
            case "qdc" -> out.println("Exported the code book to " + project.refi().exportCodeBook(file));
            default -> throw new QuireException("Unknown export format '" + format + "'; choose qdpx or qdc");
        }
        return Cli.OK;
    }
}
