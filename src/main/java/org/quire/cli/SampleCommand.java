package org.quire.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quire.model.QuireException;
import org.quire.service.Project;
import org.quire.service.SampleProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quire sample DIR}: builds the fictional sample project (sample-data/, bundled with Quire). */
@Command(name = "sample", description = {"Build the sample project (a small fictional study) in DIR.",
        "Built from the copy of sample-data/ inside Quire, or from the manifest --manifest names."})
final class SampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The new project folder, e.g. Sample.quire.")
    Path dir;

    @Option(names = "--manifest", paramLabel = "FILE", description = "The sample manifest to build from.")
    Path manifest;

    @Override
    public Integer call() {
        try (Project project = manifest != null ? SampleProject.build(manifest, dir) : SampleProject.build(dir)) {
            spec.commandLine().getOut().println("Built the sample project '" + project.title() + "' in "
                    + project.folder() + ": " + project.sources().list().size() + " sources, "
                    + project.nodes().tree().size() + " nodes");
        } catch (IOException e) {
            throw new QuireException("Cannot read " + e.getMessage(), e);
        }
        return Cli.OK;
    }
}
