package org.quire.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;
import org.quire.ui.common.DirectTaskRunner;
import org.quire.ui.common.NodeRow;
import org.quire.ui.workbench.WorkbenchViewModel;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbench's behaviour without a toolkit: plain JUnit against a real project. */
class WorkbenchViewModelTest {
    @TempDir
    Path dir;

    @Test
    void quickCodingToANewNodeShowsOneReferenceAndUndoRemovesNodeAndCoding() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "The north star of the partnership.\n\nTrust came later.");
        try (Project project = Project.create(dir.resolve("P.quire"), "P", "Ann")) {
            project.sources().importPaths(List.of(notes), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
            project.nodes().createPath("Trust", "", null);
            WorkbenchViewModel vm = new WorkbenchViewModel(project, new DirectTaskRunner());
            vm.load();
            assertThat(vm.sources()).hasSize(1);
            vm.open(vm.sources().get(0));
            assertThat(vm.documentProperty().get().highlights()).isEmpty();

            vm.quickCode("Vision/North star", new Span(4, 14));

            assertThat(row(vm, "Vision/North star").references()).isEqualTo(1);
            assertThat(row(vm, "Vision").aggregateReferences()).isEqualTo(1);
            assertThat(vm.documentProperty().get().highlights()).singleElement()
                    .satisfies(h -> assertThat(h.nodePath()).isEqualTo("Vision/North star"));
            assertThat(vm.undoStack().undoLabelProperty().get())
                    .isEqualTo("Undo code 'north star' at 'Vision/North star' (new node)");

            vm.undo();
            assertThat(vm.nodePaths()).containsExactly("Trust");
            assertThat(vm.documentProperty().get().highlights()).isEmpty();

            vm.redo();
            assertThat(row(vm, "Vision/North star").references()).isEqualTo(1);
        }
    }

    @Test
    void renameMoveAndDeleteOfNodesAreUndoable() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "The north star of the partnership.");
        try (Project project = Project.create(dir.resolve("P.quire"), "P", "Ann")) {
            project.sources().importPaths(List.of(notes), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
            var trust = project.nodes().createPath("Trust", "", null);
            project.nodes().createPath("Relations", "", null);
            project.codings().code(project.sources().find("notes").id(), trust.id(), new Span(4, 14));
            WorkbenchViewModel vm = new WorkbenchViewModel(project, new DirectTaskRunner());
            vm.load();

            vm.renameNode(row(vm, "Trust"), "Confidence");
            assertThat(vm.nodePaths()).containsExactly("Confidence", "Relations");
            vm.moveNode(row(vm, "Confidence"), row(vm, "Relations"));
            assertThat(vm.nodePaths()).containsExactly("Relations", "Relations/Confidence");
            assertThat(vm.undoStack().undoLabelProperty().get()).isEqualTo("Undo move 'Confidence' to 'Relations'");
            vm.deleteNode(row(vm, "Relations"));
            assertThat(vm.nodePaths()).isEmpty();

            vm.undo();
            assertThat(vm.nodePaths()).containsExactly("Relations", "Relations/Confidence");
            assertThat(row(vm, "Relations/Confidence").references()).isEqualTo(1);
            vm.undo();
            vm.undo();
            assertThat(vm.nodePaths()).containsExactly("Relations", "Trust");
            vm.redo();
            assertThat(vm.nodePaths()).containsExactly("Confidence", "Relations");
        }
    }

    @Test
    void searchHitsAreCodedAtANewNodeInOneUndoableEdit() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "The north star guides us.\n\nOur North Star is shared. Nothing else.");
        try (Project project = Project.create(dir.resolve("P.quire"), "P", "Ann")) {
            project.sources().importPaths(List.of(notes), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
            WorkbenchViewModel vm = new WorkbenchViewModel(project, new DirectTaskRunner());
            vm.load();
            vm.search("\"north star\"", false);
            assertThat(vm.searchHits()).extracting(h -> h.hit()).containsExactly("north star", "North Star");
            assertThat(vm.searchSummaryProperty().get()).isEqualTo("2 hits in 1 source");

            // A new node under a new parent: undo must take both away.
            vm.codeHits(vm.searchHits(), "Themes/Vision", org.quire.service.search.Spread.SENTENCE);
            assertThat(row(vm, "Themes/Vision").references()).isEqualTo(2);
            assertThat(project.codings().passages(project.nodes().find("Themes/Vision").id(), false))
                    .extracting(p -> p.text()).containsExactly("The north star guides us.", "Our North Star is shared.");
            vm.undo();
            assertThat(vm.nodePaths()).isEmpty();

            vm.search("north AND", false);
            assertThat(vm.errorProperty().get()).startsWith("Cannot parse 'north AND'");
        }
    }

    @Test
    void wordFrequencyListsTheCommonestWordsByStem() throws Exception {
        Path notes = dir.resolve("notes.txt");
        // 'she' and 'had' are stop words a frequency list should leave out, however often they occur.
        Files.writeString(notes, "She said she had volunteers. She had, she had. The volunteer volunteers;"
                + " she trusts the board; trust grows.");
        try (Project project = Project.create(dir.resolve("P.quire"), "P", "Ann")) {
            project.sources().importPaths(List.of(notes), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
            WorkbenchViewModel vm = new WorkbenchViewModel(project, new DirectTaskRunner());
            var words = vm.queries().words();
            words.count(2, 3, false, "board", org.quire.ui.queries.Scope.ALL);
            assertThat(words.words()).extracting(w -> w.word() + "=" + w.count()).containsExactly("volunteers=3", "trust=2");
            words.count(10, 3, false, "", org.quire.ui.queries.Scope.ALL);
            assertThat(words.words()).extracting(w -> w.word()).doesNotContain("she", "had").contains("said", "board");
            assertThat(words.summaryProperty().get()).endsWith("words counted in 1 source");
        }
    }

    @Test
    void anUnexpectedFailureKeepsItsTraceForDetailsWhileAUserErrorDoesNot() throws Exception {
        Project project = Project.create(dir.resolve("P.quire"), "P", "Ann");
        WorkbenchViewModel vm = new WorkbenchViewModel(project, new DirectTaskRunner());
        vm.quickCode("Trust", null);
        assertThat(vm.errorDetailsProperty().get()).isNull();
        project.close();
        vm.load();
        assertThat(vm.errorProperty().get()).startsWith("Something went wrong: ");
        assertThat(vm.errorDetailsProperty().get()).contains("at org.quire.");
    }

    @Test
    void codingWithoutASelectionSaysWhatToDo() throws Exception {
        try (Project project = Project.create(dir.resolve("P.quire"), "P", "Ann")) {
            WorkbenchViewModel vm = new WorkbenchViewModel(project, new DirectTaskRunner());
            vm.quickCode("Trust", null);
            assertThat(vm.errorProperty().get()).isEqualTo("Select some text in a source first");
        }
    }

    private static NodeRow row(WorkbenchViewModel vm, String path) {
        return vm.nodes().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }
}
