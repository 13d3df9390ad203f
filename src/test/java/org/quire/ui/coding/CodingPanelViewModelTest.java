package org.quire.ui.coding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.coding.CodedPassage;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;
import org.quire.ui.common.DirectTaskRunner;
import org.quire.ui.workbench.WorkbenchViewModel;

import static org.assertj.core.api.Assertions.assertThat;

/** The coding panel without a toolkit: a real project, a same-thread task runner. */
class CodingPanelViewModelTest {
    private static final String TEXT = "The north star of the partnership.\n\nTrust came later, with the money.";

    @TempDir
    Path dir;

    private Project project;
    private WorkbenchViewModel vm;
    private CodingPanelViewModel panel;

    @AfterEach
    void close() {
        if (project != null) {
            project.close();
        }
    }

    private void open() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, TEXT);
        project = Project.create(dir.resolve("P.quire"), "P", "Ann");
        project.sources().importPaths(List.of(notes), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
        vm = new WorkbenchViewModel(project, new DirectTaskRunner());
        panel = new CodingPanelViewModel(vm);
        vm.load();
        vm.open(vm.sources().get(0));
    }

    @Test
    void theCodesAtTheCaretNameNodeCoderAndExtent() throws Exception {
        open();
        {
            vm.quickCode("Vision", new Span(4, 14));
            vm.quickCode("Partnership", new Span(0, 34));
            panel.select(6, 6);
            assertThat(panel.here()).extracting(CodedPassage::nodePath).containsExactly("Partnership", "Vision");
            assertThat(panel.here()).extracting(CodedPassage::coder).containsOnly("Ann");
            assertThat(panel.headingProperty().get()).isEqualTo("2 codes at the caret");
            panel.select(20, 30);
            assertThat(panel.here()).extracting(CodedPassage::nodePath).containsExactly("Partnership");
            assertThat(panel.headingProperty().get()).isEqualTo("1 code in the selection");
        }
    }

    @Test
    void uncodingAListedCodingRemovesItAndUndoBringsItBackWithItsCoder() throws Exception {
        open();
        {
            vm.quickCode("Vision", new Span(4, 14));
            String guid = project.codings().bySource(vm.sources().get(0).id()).get(0).guid();
            panel.select(5, 5);
            panel.uncode(panel.here().get(0));
            assertThat(project.codings().bySource(vm.sources().get(0).id())).isEmpty();
            assertThat(vm.undoStack().undoLabelProperty().get()).isEqualTo("Undo uncode 'north star' from 'Vision'");
            assertThat(panel.here()).isEmpty();

            vm.undo();
            assertThat(project.codings().bySource(vm.sources().get(0).id())).singleElement()
                    .satisfies(c -> assertThat(c.guid()).isEqualTo(guid));
            assertThat(panel.here()).hasSize(1);
        }
    }

    @Test
    void uncodingTheSelectionFromAllNodesTrimsCodingsAndUndoRestoresThem() throws Exception {
        open();
        {
            vm.quickCode("Vision", new Span(0, 34));
            vm.quickCode("Trust", new Span(36, 67));
            panel.select(10, 40);
            panel.uncodeSelection(null);
            assertThat(project.codings().bySource(vm.sources().get(0).id())).extracting(c -> c.span())
                    .containsExactlyInAnyOrder(new Span(0, 10), new Span(40, 67));

            vm.undo();
            assertThat(project.codings().bySource(vm.sources().get(0).id())).extracting(c -> c.span())
                    .containsExactlyInAnyOrder(new Span(0, 34), new Span(36, 67));
            vm.redo();
            assertThat(project.codings().bySource(vm.sources().get(0).id())).hasSize(2);
        }
    }

    @Test
    void uncodingTheSelectionFromOneNodeLeavesTheOthers() throws Exception {
        open();
        {
            vm.quickCode("Vision", new Span(0, 34));
            vm.quickCode("Partnership", new Span(0, 34));
            panel.select(4, 14);
            panel.uncodeSelection("Vision");
            assertThat(project.codings().passagesInSource(vm.sources().get(0).id()))
                    .extracting(p -> p.nodePath() + " " + p.coding().span())
                    .containsExactlyInAnyOrder("Partnership " + new Span(0, 34), "Vision " + new Span(0, 4),
                            "Vision " + new Span(14, 34));
        }
    }

    @Test
    void inVivoCodingNamesANewNodeAfterTheWordsAndUndoRemovesIt() throws Exception {
        open();
        {
            panel.inVivo(new Span(4, 14), "north star");
            assertThat(vm.nodePaths()).containsExactly("north star");
            assertThat(project.codings().passages(project.nodes().find("north star").id(), false))
                    .extracting(CodedPassage::text).containsExactly("north star");
            assertThat(panel.recent().at(1)).isEqualTo("north star");
            vm.undo();
            assertThat(vm.nodePaths()).isEmpty();
        }
    }

    @Test
    void recentNodesAreOneKeystrokeAwayNewestFirst() throws Exception {
        open();
        {
            panel.codeAt("Vision", new Span(4, 14));
            panel.codeAt("Trust", new Span(36, 41));
            assertThat(panel.recent().paths()).containsExactly("Trust", "Vision");
            assertThat(panel.codeRecent(2, new Span(TEXT.indexOf("money"), TEXT.indexOf("money") + 5))).isTrue();
            assertThat(project.codings().passages(project.nodes().find("Vision").id(), false))
                    .extracting(CodedPassage::text).containsExactly("north star", "money");
            assertThat(panel.codeRecent(5, new Span(0, 3))).isFalse();
            assertThat(vm.errorProperty().get()).startsWith("No recent node 5 yet");
        }
    }

    @Test
    void codingTheWholeSourceIsOneUndoableEdit() throws Exception {
        open();
        {
            panel.codeWholeSource("Field notes");
            assertThat(project.codings().bySource(vm.sources().get(0).id())).singleElement()
                    .satisfies(c -> assertThat(c.span()).isEqualTo(new Span(0, TEXT.length())));
            vm.undo();
            assertThat(project.codings().bySource(vm.sources().get(0).id())).isEmpty();
        }
    }

    @Test
    void annotatingAPassageListsItAndUndoTakesItAway() throws Exception {
        open();
        {
            panel.annotate(new Span(36, 41), "Trust, not contracts — ask Dee about this");
            assertThat(panel.annotations()).extracting(a -> a.text())
                    .containsExactly("Trust, not contracts — ask Dee about this");
            panel.deleteAnnotation(panel.annotations().get(0));
            assertThat(panel.annotations()).isEmpty();
            vm.undo();
            assertThat(panel.annotations()).hasSize(1);
            vm.undo();
            assertThat(panel.annotations()).isEmpty();
        }
    }
}
