package org.quire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quire.service.Project;
import org.quire.service.exchange.RefiReport;
import org.quire.service.exchange.RefiService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** REFI-QDA imports: a whole project from a QDPX, a code book from a QDC. */
final class RefiCommands {
    private RefiCommands() {
    }

    /** {@code quire import-qdpx FILE DIR}: a new project from another QDA program's export. */
    @Command(name = "import-qdpx", description = {"Open a REFI-QDA project (.qdpx from NVivo, ATLAS.ti, MAXQDA,"
            + " QualCoder…) as a new Quire project in DIR, which must not exist or be empty.",
            "Prints the import report: what arrived, what could not be carried over, and warnings."})
    static final class ImportQdpx implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The .qdpx file.")
        Path file;

        @Parameters(index = "1", paramLabel = "DIR", description = "The new project folder, e.g. Study.quire.")
        Path dir;

        @Mixin
        CoderOption coder;

        @Override
        public Integer call() {
            boolean interactive = ((QuireCommand) spec.root().userObject()).interactive();
            ImportCommand.ProgressBar bar = interactive ? new ImportCommand.ProgressBar(spec.commandLine().getErr()) : null;
            RefiService.Progress progress = bar == null ? RefiService.Progress.NONE
                    : (phase, done, total) -> bar.show(done, total);
            Project.Imported imported = Project.importQdpx(file, dir, coder.name(), progress);
            if (bar != null) {
                bar.clear();
            }
            try (Project project = imported.project()) {
                PrintWriter out = spec.commandLine().getOut();
                out.println("Created project '" + project.title() + "' in " + project.folder());
                print(out, imported.report());
            }
            return Cli.OK;
        }
    }

    /** {@code quire import-qdc DIR FILE}: adds a code book to a project, as {@code quire import DIR FILE} adds files. */
    @Command(name = "import-qdc", description = {"Add a REFI-QDA code book (.qdc) to the project: codes become nodes"
            + " (codes already there by GUID or name are merged), sets of codes become themes.",
            "Prints the import report."})
    static final class ImportQdc extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "FILE", description = "The .qdc file.")
        Path file;

        @Override
        int run(Project project, PrintWriter out) {
            print(out, project.refi().importCodeBook(file));
            return Cli.OK;
        }
    }

    static void print(PrintWriter out, RefiReport report) {
        report.lines().forEach(out::println);
    }
}
