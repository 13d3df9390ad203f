package org.quire.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.MemoTarget;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.ui.common.NodeRow;
import org.quire.ui.document.CodingStripes;
import org.quire.ui.workbench.WorkbenchView;
import org.quire.ui.workbench.WorkbenchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Coding, uncoding, merging and memo flows through the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class CodingFlowsUiTest {
    private static final String TEXT = "The north star of the partnership.\n\nTrust came later, with the money.";

    @TempDir
    static Path dir;

    private Project project;
    private WorkbenchWindow window;
    private WorkbenchView view;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        project = WorkbenchWindow.projectWith(dir, "notes.txt", TEXT);
        window = WorkbenchWindow.show(stage, project, null, 1200, 760);
        view = window.view;
        vm = window.vm;
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void openSource(FxRobot robot) throws Exception {
        SourceList sources = SourceList.of(robot);
        waitFor(() -> sources.getItems().size() == 1);
        SourceList.open(robot, sources, 0);
        waitFor(() -> view.documentArea() != null && view.documentArea().getLength() > 0);
    }

    @Test
    void inVivoCodingMakesANodeNamedByTheWordsWithAStripeNamedOnHover(FxRobot robot) throws Exception {
        openSource(robot);
        robot.interact(() -> view.documentArea().selectRange(4, 14));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);

        TreeTableView<NodeRow> nodes = robot.lookup("#nodes").queryAs(TreeTableView.class);
        waitFor(() -> references(nodes, "north star") == 1);
        CodingStripes stripes = robot.lookup("#coding-stripes").queryAs(CodingStripes.class);
        robot.interact(stripes::redraw);
        waitFor(() -> stripes.centreOf("north star").isPresent());
        var centre = stripes.centreOf("north star").orElseThrow();
        assertThat(stripes.nameAt(centre.getX(), centre.getY())).isEqualTo("north star");

        // A click on the stripe selects that coding in the text.
        robot.interact(() -> view.documentArea().selectRange(30, 30));
        robot.clickOn(stripes.localToScreen(centre.getX(), centre.getY()));
        waitFor(() -> view.documentArea().getSelectedText().equals("north star"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> references(nodes, "north star") == -1);
    }

    @Test
    void uncodingFromTheCodesPanelRemovesTheCodingAndUndoBringsItBack(FxRobot robot) throws Exception {
        var trust = project.nodes().createPath("Trust", "", null);
        project.codings().code(project.sources().list().get(0).id(), trust.id(), new Span(36, 41));
        openSource(robot);
        robot.interact(() -> view.documentArea().moveTo(38));
        ListView<?> here = robot.lookup("#codes-here").queryListView();
        waitFor(() -> here.getItems().size() == 1);

        robot.interact(() -> here.getSelectionModel().select(0));
        robot.clickOn("#uncode-button");

        TreeTableView<NodeRow> nodes = robot.lookup("#nodes").queryAs(TreeTableView.class);
        waitFor(() -> references(nodes, "Trust") == 0);
        assertThat(project.codings().bySource(project.sources().list().get(0).id())).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> references(nodes, "Trust") == 1);
    }

    @Test
    void mergingTwoNodesConfirmsHowManyCodingsMoveAndUndoSeparatesThemAgain(FxRobot robot) throws Exception {
        Source source = project.sources().list().get(0);
        var trust = project.nodes().createPath("Trust", "", null);
        var confidence = project.nodes().createPath("Confidence", "", null);
        project.codings().code(source.id(), trust.id(), new Span(36, 41));
        project.codings().code(source.id(), confidence.id(), new Span(0, 3));
        project.codings().code(source.id(), confidence.id(), new Span(4, 14));
        robot.interact(vm::load);
        TreeTableView<NodeRow> nodes = robot.lookup("#nodes").queryAs(TreeTableView.class);
        waitFor(() -> references(nodes, "Confidence") == 2);

        robot.interact(() -> {
            nodes.getSelectionModel().clearSelection();
            for (TreeItem<NodeRow> item : nodes.getRoot().getChildren()) {
                if (item.getValue().node().name().equals("Confidence")) {
                    nodes.getSelectionModel().select(item);
                }
            }
        });
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#quick-code-field").match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        robot.clickOn("#quick-code-field").write("Trust").press(KeyCode.ENTER).release(KeyCode.ENTER);

        waitFor(() -> robot.lookup("#merge-confirmation").tryQuery().isPresent());
        DialogPane confirmation = robot.lookup("#merge-confirmation").queryAs(DialogPane.class);
        assertThat(confirmation.getContentText())
                .isEqualTo("Merge 'Confidence' into 'Trust'? 2 codings move. You can undo this (Ctrl+Z).");
        robot.interact(() -> ((javafx.scene.control.Button) confirmation.lookupButton(
                javafx.scene.control.ButtonType.OK)).fire());

        waitFor(() -> references(nodes, "Trust") == 3 && references(nodes, "Confidence") == -1);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> references(nodes, "Trust") == 1 && references(nodes, "Confidence") == 2);
    }

    @Test
    void aJournalEntryIsStampedWithTheCoderAndListedFirst(FxRobot robot) throws Exception {
        project.memos().addEntry(new MemoTarget.Journal(), "First impressions of the steering group.");
        robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#memo-new-entry").tryQuery().isPresent());
        ListView<?> entries = robot.lookup("#memo-entries").queryListView();
        waitFor(() -> entries.getItems().size() == 1);

        robot.clickOn("#memo-new-entry").write("Trust and money travel together.");
        robot.clickOn("#memo-add-entry");

        waitFor(() -> entries.getItems().size() == 2);
        assertThat(((org.quire.model.MemoEntry) entries.getItems().get(0)).text())
                .isEqualTo("Trust and money travel together.");
        assertThat(robot.lookup("#memo-entries").lookup(".memo-stamp").queryAll())
                .anySatisfy(l -> assertThat(((javafx.scene.control.Label) l).getText()).endsWith(" — Ann"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> entries.getItems().size() == 1);
    }

    /** The node's reference count in the tree, or -1 when the node is not there. */
    @Test
    void codingKeepsTheSelectedNodeAndTheFoldedBranchesOfTheTree(FxRobot robot) throws Exception {
        Source source = project.sources().list().get(0);
        var trust = project.nodes().createPath("Trust", "", null);
        project.nodes().createPath("Trust/Early", "", null);
        project.nodes().createPath("Money", "", null);
        robot.interact(vm::load);
        TreeTableView<NodeRow> nodes = robot.lookup("#nodes").queryAs(TreeTableView.class);
        waitFor(() -> references(nodes, "Trust") == 0);
        // The researcher folds Trust and selects Money, then codes a passage at Trust.
        TreeItem<NodeRow> trustItem = item(nodes, "Trust");
        TreeItem<NodeRow> moneyItem = item(nodes, "Money");
        robot.interact(() -> {
            trustItem.setExpanded(false);
            nodes.getSelectionModel().clearSelection();
            nodes.getSelectionModel().select(moneyItem);
        });
        openSource(robot);
        robot.interact(() -> view.documentArea().selectRange(36, 41));
        robot.press(KeyCode.CONTROL).press(KeyCode.Q).release(KeyCode.Q).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#quick-code-field").tryQuery().isPresent());
        robot.clickOn("#quick-code-field").write("Trust").press(KeyCode.ENTER).release(KeyCode.ENTER);

        waitFor(() -> references(nodes, "Trust") == 1);
        assertThat(project.codings().bySource(source.id())).hasSize(1);
        assertThat(nodes.getSelectionModel().getSelectedItem().getValue().node().name()).isEqualTo("Money");
        assertThat(item(nodes, "Trust").isExpanded()).as("the folded branch stays folded").isFalse();
        assertThat(item(nodes, "Trust")).isSameAs(trustItem);
    }

    @Test
    void theMemoListIsReadWhenItsPaneOpensWithWhatWasWrittenWhileItWasClosed(FxRobot robot) throws Exception {
        project.memos().addEntry(new MemoTarget.Journal(), "Written while the pane was closed.");
        robot.interact(vm::load);
        ListView<?> memos = robot.lookup("#memos").queryListView();
        javafx.scene.control.TitledPane pane = robot.lookup(".titled-pane").queryAllAs(
                javafx.scene.control.TitledPane.class).stream().filter(t -> t.getText().equals("Memos"))
                .findFirst().orElseThrow();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.isExpanded()).isFalse();
        assertThat(memos.getItems()).as("a closed pane is not read").isEmpty();

        robot.clickOn(pane.lookup(".title"));
        waitFor(() -> memos.getItems().size() == 1);
        assertThat(memos.getItems().get(0).toString()).contains("journal");
    }

    @Test
    void aCodingRedrawsTheCountsItChangedWithoutRebuildingTheRowsOfTheTree(FxRobot robot) throws Exception {
        project.nodes().createPath("Trust", "", null);
        project.nodes().createPath("Money", "", null);
        project.nodes().createPath("Partnership", "", null);
        robot.interact(vm::load);
        TreeTableView<NodeRow> nodes = robot.lookup("#nodes").queryAs(TreeTableView.class);
        waitFor(() -> references(nodes, "Trust") == 0 && references(nodes, "Money") == 0);
        openSource(robot);
        WaitForAsyncUtils.waitForFxEvents();
        // The rows the tree shows: a tree that rebuilds its rows takes each back (index -1) and
        // hands it out again, which is what made every coding redraw all of them.
        java.util.List<javafx.scene.control.TreeTableRow<NodeRow>> rows = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger reassigned = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> {
            for (var n : nodes.lookupAll(".tree-table-row-cell")) {
                if (n instanceof javafx.scene.control.TreeTableRow<?> r && r.getItem() != null) {
                    @SuppressWarnings("unchecked")
                    var row = (javafx.scene.control.TreeTableRow<NodeRow>) r;
                    rows.add(row);
                    row.indexProperty().addListener((o, a, b) -> reassigned.incrementAndGet());
                }
            }
        });
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);

        robot.interact(() -> view.documentArea().selectRange(36, 41));
        robot.press(KeyCode.CONTROL).press(KeyCode.Q).release(KeyCode.Q).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#quick-code-field").tryQuery().isPresent());
        robot.clickOn("#quick-code-field").write("Trust").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> references(nodes, "Trust") == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(reassigned.get()).as("rows taken back and handed out again").isZero();
        var trustRow = rows.stream().filter(r -> r.getItem().node().name().equals("Trust")).findFirst().orElseThrow();
        assertThat(trustRow.lookupAll(".tree-table-cell")).as("the Trust row's cells")
                .anySatisfy(c -> assertThat(((javafx.scene.control.Labeled) c).getText()).isEqualTo("1"));
        assertThat(references(nodes, "Money")).isZero();
    }

    private static TreeItem<NodeRow> item(TreeTableView<NodeRow> tree, String name) {
        for (TreeItem<NodeRow> item : tree.getRoot().getChildren()) {
            if (item.getValue().node().name().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("No node " + name + " in the tree");
    }

    private static int references(TreeTableView<NodeRow> tree, String name) {
        if (tree.getRoot() == null) {
            return -1;
        }
        for (TreeItem<NodeRow> item : tree.getRoot().getChildren()) {
            if (item.getValue().node().name().equals(name)) {
                // What the Refs column shows on the node's row (blank until counted).
                Object shown = tree.getColumns().get(1).getCellObservableValue(item).getValue();
                return shown == null ? -1 : ((Number) shown).intValue();
            }
        }
        return -1;
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
