package org.quire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quire.service.Project;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportOutcome;
import org.quire.service.sources.ImportProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quire import DIR FILE|FOLDER...}: one status line per file as it finishes. A failed file
 * never stops the batch; the exit code is 1 when any file failed.
 */
@Command(name = "import", description = {"Import files and folders (folders recursively, keeping their sub-folders).",
        "Prints one line per file: imported, duplicate or failed with the reason."})
final class ImportCommand extends ProjectCommand {
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE|FOLDER", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--attr", paramLabel = "key=value",
            description = "An attribute value for every imported source, e.g. \"data type=interview\"; repeatable.")
    List<KeyValue> attributes = new ArrayList<>();

    @Option(names = "--folder", paramLabel = "F", description = "The project folder to import into (default: the top).")
    String folder;

    @Option(names = "--data-type-from-folder",
            description = "Set 'data type' to the name of the folder each file is in (unless --attr sets it).")
    boolean dataTypeFromFolder;

    @Option(names = "--date-from-file",
            description = "Set 'date' to the day each file was last changed (unless --attr sets it).")
    boolean dateFromFile;

    @Mixin
    JsonOption json;

    @Override
    int run(Project project, PrintWriter out) {
        Map<String, String> attrs = new LinkedHashMap<>();
        attributes.forEach(kv -> attrs.put(kv.key(), kv.value()));
        ImportOptions options = new ImportOptions(folder, attrs, ImportOptions.defaults().limits(),
                dataTypeFromFolder, dateFromFile);
        ProgressBar bar = interactive() ? new ProgressBar(err()) : null;
        ImportProgress progress = (done, total, outcome) -> {
            if (bar != null) {
                bar.clear();
            }
            if (!json.json) {
                printOutcome(out, outcome);
                out.flush();
            }
            if (bar != null) {
                bar.show(done, total);
            }
        };
        List<ImportOutcome> outcomes = project.sources().importPaths(paths, options, progress, () -> false);
        if (bar != null) {
            bar.clear();
        }
        Map<ImportOutcome.Status, Integer> counts = new EnumMap<>(ImportOutcome.Status.class);
        outcomes.forEach(o -> counts.merge(o.status(), 1, Integer::sum));
        int failed = counts.getOrDefault(ImportOutcome.Status.FAILED, 0);
        if (json.json) {
            Json.print(out, outcomes.stream().map(Rows.ImportRow::of).toList());
        } else {
            out.println(Text.plural(counts.getOrDefault(ImportOutcome.Status.IMPORTED, 0), "file", "files")
                    + " imported, " + counts.getOrDefault(ImportOutcome.Status.DUPLICATE, 0) + " duplicate, "
                    + failed + " failed");
        }
        if (failed > 0) {
            err().println("quire: " + failed + " of " + Text.plural(outcomes.size(), "file", "files")
                    + " could not be imported");
            return Cli.USER_ERROR;
        }
        return Cli.OK;
    }

    private static void printOutcome(PrintWriter out, ImportOutcome o) {
        String file = o.file().toString();
        switch (o.status()) {
            case IMPORTED -> out.println("imported   " + file + " -> '" + o.source().path() + "' ("
                    + Text.plural(o.source().wordCount(), "word", "words") + ")");
            case DUPLICATE -> out.println("duplicate  " + file + ": " + o.message());
            case FAILED -> out.println("failed     " + file + ": " + reason(o));
            case CANCELLED -> out.println("cancelled  " + file);
        }
        for (String warning : o.warnings()) {
            out.println("           warning: " + warning);
        }
    }

    // Importer messages start with the file's name, which the status line already shows.
    private static String reason(ImportOutcome o) {
        String message = o.message() == null ? "unknown reason" : Cli.oneLine(o.message());
        String prefix = o.file().getFileName() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** A one-line bar redrawn in place on stderr; only drawn for a person at a terminal. */
    static final class ProgressBar {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private int drawn;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        void show(int done, int total) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            String line = "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total;
            err.print("\r" + line);
            err.flush();
            drawn = line.length();
        }

        void clear() {
            if (drawn > 0) {
                err.print("\r" + " ".repeat(drawn) + "\r");
                err.flush();
                drawn = 0;
            }
        }
    }
}
