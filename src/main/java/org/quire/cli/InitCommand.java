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

/** {@code quire init DIR [--title T] [--language CODE]}: creates a project. */
@Command(name = "init", description = "Create a new project in DIR, which must not exist or be empty.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The new project folder, e.g. Fieldwork.quire.")
    Path dir;

    @Option(names = "--title", paramLabel = "T", description = "The project's title (default: the folder name).")
    String title;

    @Option(names = "--language", paramLabel = "CODE", defaultValue = "en",
            description = "The language the text is searched in, with stemming: en, de, fr, es, it, nl or pt"
                    + " (default: ${DEFAULT-VALUE}). Fixed when the project is created.")
    String language;

    @Mixin
    CoderOption coder;

    @Override
    public Integer call() {
        try (Project project = Project.create(dir, title, coder.name(), language)) {
            spec.commandLine().getOut().println("Created project '" + project.title() + "' in " + project.folder());
        }
        return Cli.OK;
    }
}
