package org.quire.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quire.service.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quire init DIR [--title T]}: creates a project. */
@Command(name = "init", description = "Create a new project in DIR, which must not exist or be empty.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The new project folder, e.g. Fieldwork.quire.")
    Path dir;

    @Option(names = "--title", paramLabel = "T", description = "The project's title (default: the folder name).")
    String title;

    @Mixin
    CoderOption coder;

    @Override
    public Integer call() {
        try (Project project = Project.create(dir, title, coder.name())) {
            spec.commandLine().getOut().println("Created project '" + project.title() + "' in " + project.folder());
        }
        return Cli.OK;
    }
}
