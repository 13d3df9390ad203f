package org.quire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quire.service.Project;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Base of every command that works on an existing project: takes DIR and {@code --coder}, opens
 * the project, runs, and closes it again, so the project is locked only while the command runs.
 */
abstract class ProjectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Mixin
    CoderOption coder;

    @Override
    public final Integer call() {
        try (Project project = Project.open(dir, coder.name())) {
            return run(project, spec.commandLine().getOut());
        }
    }

    /** Does the command's work on the open project; returns the exit code. */
    abstract int run(Project project, PrintWriter out);

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    boolean interactive() {
        return ((QuireCommand) spec.root().userObject()).interactive();
    }
}
