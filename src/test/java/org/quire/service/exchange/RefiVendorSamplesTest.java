package org.quire.service.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Node;
import org.quire.model.Source;
import org.quire.service.Project;
import org.quire.service.TestProjects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real exports from NVivo and ATLAS.ti, read from the shared samples folder (never copied into this
 * repository: their licences do not allow it). Skipped with a message where that folder is absent.
 * Another folder can be given with {@code -Drefi.samples=DIR}.
 */
class RefiVendorSamplesTest {
    @TempDir
    Path dir;

    private static Path samples() {
        Path folder = Path.of(System.getProperty("refi.samples", "../shared/refi-qda/samples"));
        Assumptions.assumeTrue(Files.isDirectory(folder), "REFI-QDA vendor samples not found at "
                + folder.toAbsolutePath() + " (set -Drefi.samples=DIR); skipping");
        return folder;
    }

    private static Path sample(String name) {
        Path file = samples().resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "sample " + name + " not found; skipping");
        return file;
    }

    @Test
    void everySampleProjectOpensWithoutSchemaWarningsOrLosses() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(samples())) {
            files = list.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".qdpx")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int n = 0;
        for (Path file : files) {
            Project.Imported imported = Project.importQdpx(file, dir.resolve("P" + n++ + ".quire"), "Tester",
                    RefiService.Progress.NONE);
            try (Project p = imported.project()) {
                assertThat(imported.report().warnings()).as(file.getFileName().toString())
                        .noneMatch(w -> w.startsWith("schema:"));
                assertThat(imported.report().notCarried()).as(file.getFileName().toString()).isEmpty();
            }
        }
    }

    @Test
    void theNvivoMacSampleBringsItsNestedCodeBookAndBothWordSources() throws Exception {
        Project.Imported imported = Project.importQdpx(sample("nvivo-mac-15_qc-project.qdpx"),
                dir.resolve("N.quire"), "Tester", RefiService.Progress.NONE);
        try (Project p = imported.project()) {
            assertThat(p.nodes().tree().size()).isEqualTo(262);
            assertThat(p.nodes().tree().depthFirst()).anyMatch(n -> n.parentId() != null);
            List<Source> sources = p.sources().list();
            assertThat(sources).hasSize(2).allSatisfy(s -> {
                assertThat(s.format()).isEqualTo("docx");
                assertThat(p.sources().originalFile(s)).exists();
            });
            assertThat(sources).extracting(Source::guid).contains("d097e6fd-7671-4d95-a8b6-7795fa4a72e1");
        }
    }

    @Test
    void theAtlasSampleKeepsItsUppercaseGuidsAsLowercaseAndItsCodeHierarchy() throws Exception {
        Project.Imported imported = Project.importQdpx(sample("atlasti-win-23.2_target-atlas-project.qdpx"),
                dir.resolve("A.quire"), "Tester", RefiService.Progress.NONE);
        try (Project p = imported.project()) {
            Node commits = p.nodes().find("Commits");
            assertThat(commits.guid()).isEqualTo("a182cd3a-d83c-4d8c-bc80-26d9103ec6d6");
            assertThat(p.nodes().tree().children(commits.id())).hasSize(2);
        }
    }

    @Test
    void theAtlasCodeBookAddsItsCodesAndTurnsItsCodeGroupIntoATheme() throws Exception {
        Path qdc = sample("atlasti-win-23.4_codebook.qdc");
        try (Project p = TestProjects.create(dir)) {
            RefiReport report = p.refi().importCodeBook(qdc);
            assertThat(report.warnings()).noneMatch(w -> w.startsWith("schema:"));
            assertThat(p.nodes().tree().size()).isPositive();
            assertThat(p.themes().list()).hasSize(1);
            assertThat(p.themes().nodes(p.themes().list().get(0).id())).isNotEmpty();
            RefiReport again = p.refi().importCodeBook(qdc);
            assertThat(again.carried()).containsKey("codes already in the project (merged)")
                    .doesNotContainKey("codes added as nodes");
        }
    }
}
