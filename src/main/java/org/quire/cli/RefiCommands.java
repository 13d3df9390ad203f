package org.quire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quire.service.Project;
import org.quire.service.exchange.QdpxImportOptions;
import org.quire.service.exchange.RefiReport;
import org.quire.service.exchange.RefiService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** REFI-QDA imports: a whole project from a QDPX, a code book from a QDC. */
final class RefiCommands {
    private RefiCommands() {
    }

    /** {@code quire import-qdpx FILE DIR}: a new project from another QDA program's export. */
    @Command(name = "import-qdpx", description = {"Open a REFI-QDA project (.qdpx from NVivo, ATLAS.ti, MAXQDA,"
            + " QualCoder…) as a new Quire project in DIR, which must not exist or be empty.",
            "The project appears in DIR only once the import has finished; a failure or Ctrl-C leaves nothing.",
            "Files the project names outside its archive (relative:// and absolute:// paths) are not read unless"
            + " --allow-external-sources names the folder they are in.",
            "Prints the import report: what arrived, what could not be carried over, files outside the archive,"
            + " and warnings."})
    static final class ImportQdpx implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The .qdpx file.")
        Path file;

        @Parameters(index = "1", paramLabel = "DIR", description = "The new project folder, e.g. Study.quire.")
        Path dir;

        @Mixin
        CoderOption coder;

        @Option(names = "--allow-external-sources", paramLabel = "DIR", description = "Read files the project"
                + " names outside its archive, but only those whose real path (links followed) lies inside DIR;"
                + " the file's own basePath never widens that. Without it none is read; the report lists them.")
        Path external;

        @Option(names = "--max-project-file", paramLabel = "MB", description = "The largest project file"
                + " (project.qde, uncompressed) to read; larger ones are refused before parsing, as reading one takes"
                + " several times its size in memory. Default: ${DEFAULT-VALUE}.")
        long maxProjectFileMb = QdpxImportOptions.defaultMaxProjectFileMb();

        @Override
        public Integer call() {
            boolean interactive = ((QuireCommand) spec.root().userObject()).interactive();
            ImportCommand.ProgressBar bar = interactive ? new ImportCommand.ProgressBar(spec.commandLine().getErr()) : null;
            RefiService.Progress progress = bar == null ? RefiService.Progress.NONE
                    : (phase, done, total) -> bar.show(done, total);
            if (maxProjectFileMb <= 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--max-project-file must be a positive number of MB");
            }
            QdpxImportOptions options = QdpxImportOptions.defaults().withMaxProjectFileMb(maxProjectFileMb);
            Project.Imported imported = Project.importQdpx(file, dir, coder.name(),
                    external == null ? options : options.allowingFilesIn(external), progress);
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
