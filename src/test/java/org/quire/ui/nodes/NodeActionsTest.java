package org.quire.ui.nodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.MemoTarget;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.nodes.NodeMerges;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;
import org.quire.ui.common.DirectTaskRunner;
import org.quire.ui.common.NodeRow;
import org.quire.ui.workbench.WorkbenchViewModel;

import static org.assertj.core.api.Assertions.assertThat;

/** Merge, describe and recolour through the view model, with undo; no toolkit. */
class NodeActionsTest {
    @TempDir
    Path dir;

    @Test
    void mergingTwoNodesSaysHowManyCodingsMoveAndUndoPutsEverythingBack() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "Trust came later. Confidence grew. Reliance on the board was total.");
        try (Project project = Project.create(dir.resolve("P.quire"), "P", "Ann")) {
            project.sources().importPaths(List.of(notes), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
            var source = project.sources().find("notes").id();
            var trust = project.nodes().createPath("Trust", "", null);
            var confidence = project.nodes().createPath("Confidence", "", null);
            var reliance = project.nodes().createPath("Reliance", "", null);
            project.nodes().createPath("Reliance/On the board", "", null);
            project.codings().code(source, trust.id(), new Span(0, 5));
            project.codings().code(source, confidence.id(), new Span(18, 28));
            project.codings().code(source, confidence.id(), new Span(0, 5)); // the same passage as Trust's
            project.codings().code(source, reliance.id(), new Span(35, 43));
            project.memos().addEntry(new MemoTarget.OfNode(confidence.id()), "Confidence is trust in the making.");
            String confidenceGuid = confidence.guid();

            WorkbenchViewModel vm = new WorkbenchViewModel(project, new DirectTaskRunner());
            NodeActions actions = new NodeActions(vm);
            vm.load();
            List<NodeRow> from = List.of(row(vm, "Confidence"), row(vm, "Reliance"));
            NodeMerges.Impact[] impact = new NodeMerges.Impact[1];
            actions.mergeImpact(from, row(vm, "Trust"), i -> impact[0] = i);
            assertThat(NodeActions.confirmation(from, row(vm, "Trust"), impact[0])).isEqualTo(
                    "Merge 2 nodes into 'Trust'? 2 codings move, and 1 child node goes with them."
                            + " You can undo this (Ctrl+Z).");

            actions.merge(from, row(vm, "Trust"));

            assertThat(vm.nodePaths()).containsExactly("Trust", "Trust/On the board");
            assertThat(row(vm, "Trust").references()).isEqualTo(3);
            assertThat(vm.undoStack().undoLabelProperty().get()).isEqualTo("Undo merge of 2 nodes into 'Trust'");
            assertThat(project.memos().entries(new MemoTarget.OfNode(trust.id()))).hasSize(2);

            vm.undo();

            assertThat(vm.nodePaths()).containsExactly("Confidence", "Reliance", "Reliance/On the board", "Trust");
            assertThat(row(vm, "Trust").references()).isEqualTo(1);
            assertThat(row(vm, "Confidence").references()).isEqualTo(2);
            assertThat(row(vm, "Confidence").node().guid()).isEqualTo(confidenceGuid);
            assertThat(row(vm, "Reliance").references()).isEqualTo(1);
            assertThat(project.memos().entries(new MemoTarget.OfNode(trust.id()))).isEmpty();
            assertThat(project.memos().entries(new MemoTarget.OfNode(row(vm, "Confidence").node().id())))
                    .extracting(e -> e.text()).containsExactly("Confidence is trust in the making.");

            vm.redo();
            assertThat(vm.nodePaths()).containsExactly("Trust", "Trust/On the board");
            assertThat(row(vm, "Trust").references()).isEqualTo(3);
        }
    }

    @Test
    void describingAndRecolouringAreUndoable() throws Exception {
        try (Project project = Project.create(dir.resolve("P.quire"), "P", "Ann")) {
            project.nodes().createPath("Trust", "", "#112233");
            WorkbenchViewModel vm = new WorkbenchViewModel(project, new DirectTaskRunner());
            NodeActions actions = new NodeActions(vm);
            vm.load();
            actions.describe(row(vm, "Trust"), "", "Belief that partners will act in good faith");
            assertThat(project.nodes().find("Trust").description()).isEqualTo("Belief that partners will act in good faith");
            actions.recolour(row(vm, "Trust"), "#112233", "#aa0000");
            assertThat(project.nodes().find("Trust").color()).isEqualToIgnoringCase("#aa0000");
            vm.undo();
            assertThat(project.nodes().find("Trust").color()).isEqualToIgnoringCase("#112233");
            vm.undo();
            assertThat(project.nodes().find("Trust").description()).isEmpty();
        }
    }

    @Test
    void theFilterKeepsMatchesWithTheirParentsAndSortingByReferencesPutsTheBusiestFirst() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "Trust came later. Confidence grew.");
        try (Project project = Project.create(dir.resolve("P.quire"), "P", "Ann")) {
            project.sources().importPaths(List.of(notes), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
            var source = project.sources().find("notes").id();
            project.nodes().createPath("Relations/Trust", "", null);
            var vision = project.nodes().createPath("Vision", "", null);
            project.nodes().createPath("Accountability", "", null);
            project.codings().code(source, vision.id(), new Span(0, 5));
            WorkbenchViewModel vm = new WorkbenchViewModel(project, new DirectTaskRunner());
            vm.load();
            assertThat(NodeListing.arrange(vm.nodes(), "tru", NodeListing.Sort.NAME)).extracting(NodeRow::path)
                    .containsExactly("Relations", "Relations/Trust");
            assertThat(NodeListing.arrange(vm.nodes(), "", NodeListing.Sort.REFERENCES)).extracting(NodeRow::path)
                    .containsExactly("Vision", "Accountability", "Relations", "Relations/Trust");
            assertThat(NodeListing.arrange(vm.nodes(), "", NodeListing.Sort.NAME)).extracting(NodeRow::path)
                    .containsExactly("Accountability", "Relations", "Relations/Trust", "Vision");
        }
    }

    private static NodeRow row(WorkbenchViewModel vm, String path) {
        return vm.nodes().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }
}
