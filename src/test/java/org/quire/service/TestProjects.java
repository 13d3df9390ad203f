package org.quire.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.quire.model.Source;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportOutcome;
import org.quire.service.sources.ImportProgress;

/** Builds small projects for tests. */
public final class TestProjects {
    public static final String CODER = "Test Coder";

    private TestProjects() {
    }

    public static Project create(Path dir) {
        return Project.create(dir.resolve("Test.quire"), "Test project", CODER);
    }

    public static Source importText(Project project, Path dir, String fileName, String text) throws IOException {
        Path file = dir.resolve(fileName);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ImportOutcome outcome = project.sources().importPaths(List.of(file), ImportOptions.defaults(),
                ImportProgress.NONE, () -> false).get(0);
        if (outcome.status() != ImportOutcome.Status.IMPORTED) {
            throw new AssertionError("import failed: " + outcome.message());
        }
        return outcome.source();
    }
}
