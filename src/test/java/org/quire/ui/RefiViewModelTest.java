package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.service.Project;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;
import org.quire.ui.common.DirectTaskRunner;
import org.quire.ui.workbench.RefiViewModel;

/** File → Export (QDPX, QDC) and File → Import project (QDPX), without a toolkit. */
class RefiViewModelTest {
    @TempDir
    Path dir;

    @Test
    void exportingThenImportingShowsTheReportAndOffersTheNewProject() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "The kettle broke again.");
        try (Project project = Project.create(dir.resolve("P.quire"), "P", "Ann")) {
            project.sources().importPaths(List.of(notes), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
            project.nodes().createPath("Kitchen", "", null);
            RefiViewModel vm = new RefiViewModel(project, new DirectTaskRunner());

            vm.exportQdpx(dir.resolve("p.qdpx"));
            assertThat(vm.visibleProperty().get()).isTrue();
            assertThat(vm.progressProperty().get()).isEqualTo(-1);
            assertThat(vm.lines().get(0)).startsWith("Exported 1 source and 0 coded or annotated passages");
            assertThat(dir.resolve("p.qdpx")).exists();

            vm.exportQdc(dir.resolve("p.qdc"));
            assertThat(vm.lines()).singleElement().asString().startsWith("Exported the code book");

            vm.importProject(dir.resolve("p.qdpx"), dir.resolve("Copy.quire"));
            assertThat(vm.lines()).contains("  sources: 1", "Everything in the file was carried over.");
            assertThat(vm.createdProjectProperty().get()).isEqualTo(dir.resolve("Copy.quire"));
            try (Project copy = Project.open(dir.resolve("Copy.quire"), "Ann")) {
                assertThat(copy.nodes().find("Kitchen")).isNotNull();
            }
            // In the workbench the new project opens in the same window, in place of this one.
            List<Path> opened = new java.util.ArrayList<>();
            vm.openInWindow(opened::add);
            vm.openCreated();
            assertThat(opened).containsExactly(dir.resolve("Copy.quire"));
            assertThat(vm.visibleProperty().get()).isFalse();
        }
    }

    @Test
    void aFailedImportSaysWhyAndOffersNoProject() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.qdpx"), "not an archive");
        try (Project project = Project.create(dir.resolve("P.quire"), "P", "Ann")) {
            RefiViewModel vm = new RefiViewModel(project, new DirectTaskRunner());
            vm.importProject(bad, dir.resolve("New.quire"));
            assertThat(vm.lines().get(0)).startsWith("Failed: bad.qdpx").contains("ZIP archive");
            assertThat(vm.createdProjectProperty().get()).isNull();
            assertThat(dir.resolve("New.quire")).doesNotExist();
        }
    }

    @Test
    void aFileNamingFilesOutsideItsArchiveIsImportedOnlyAfterTheUserAnswers() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("note.txt"), "Kept outside the archive.");
        Path qde = Files.writeString(dir.resolve("bare.qde"), "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"X\">"
                + "<Sources><TextSource guid=\"0b000000-0000-4000-8000-000000000001\" name=\"Note\""
                + " plainTextPath=\"relative:///note.txt\"/></Sources></Project>");
        try (Project project = Project.create(dir.resolve("P.quire"), "P", "Ann")) {
            RefiViewModel vm = new RefiViewModel(project, new DirectTaskRunner());

            vm.importProject(qde, dir.resolve("Asked.quire"));
            assertThat(vm.askingProperty().get()).isTrue();
            assertThat(vm.lines()).contains("This file names 1 file outside its archive:", "  relative:///note.txt");
            assertThat(dir.resolve("Asked.quire")).doesNotExist();
            vm.importWithoutOutsideFiles();
            assertThat(vm.askingProperty().get()).isFalse();
            assertThat(vm.lines()).contains("Files outside the archive:",
                    "  - 'relative:///note.txt' (text file of source 'Note'): not read");

            vm.importProject(qde, dir.resolve("Allowed.quire"));
            vm.importAllowingFilesIn(texts);
            assertThat(vm.lines()).contains("  sources: 1");
            assertThat(vm.createdProjectProperty().get()).isEqualTo(dir.resolve("Allowed.quire"));
            try (Project copy = Project.open(dir.resolve("Allowed.quire"), "Ann")) {
                assertThat(copy.sources().text(copy.sources().find("Note").id()).text())
                        .isEqualTo("Kept outside the archive.");
            }
        }
    }
}
