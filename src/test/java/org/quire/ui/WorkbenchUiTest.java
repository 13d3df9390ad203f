package org.quire.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Source;
import org.quire.service.Project;
import org.quire.ui.common.NodeRow;
import org.quire.ui.workbench.WorkbenchView;
import org.quire.ui.workbench.WorkbenchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The main coding flow through the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchUiTest {
    @TempDir
    static Path dir;

    private Project project;
    private WorkbenchWindow window;
    private WorkbenchView view;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        project = WorkbenchWindow.projectWith(dir, "notes.txt", "The north star of the partnership.\n\nTrust came later.");
        window = WorkbenchWindow.show(stage, project, null, 1100, 700);
        view = window.view;
        vm = window.vm;
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void selectTextQuickCodeToANewNodeThenUndo(FxRobot robot) throws Exception {
        SourceList sources = SourceList.of(robot);
        waitFor(() -> sources.getItems().size() == 1);
        SourceList.open(robot, sources, 0);
        waitFor(() -> view.documentArea() != null && view.documentArea().getLength() > 0);
        robot.interact(() -> view.documentArea().selectRange(4, 14));

        robot.press(KeyCode.CONTROL).press(KeyCode.Q).release(KeyCode.Q).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#quick-code-field").tryQuery().isPresent());
        robot.clickOn("#quick-code-field").write("North star").press(KeyCode.ENTER).release(KeyCode.ENTER);

        TreeTableView<NodeRow> nodes = robot.lookup("#nodes").queryAs(TreeTableView.class);
        waitFor(() -> references(nodes, "North star") == 1);
        waitFor(() -> view.documentArea().getStyleAtPosition(5).contains("rgba("));

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> references(nodes, "North star") == -1);
        waitFor(() -> view.documentArea().getStyleAtPosition(5).isEmpty());
    }

    @Test
    void importingACorruptFileShowsWhyAndLeavesTheProjectUnchanged(FxRobot robot) throws Exception {
        SourceList sources = SourceList.of(robot);
        waitFor(() -> sources.getItems().size() == 1);
        Path broken = dir.resolve("broken.docx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        Path good = dir.resolve("minutes.txt");
        Files.writeString(good, "Minutes of the board.");

        robot.interact(() -> view.startImport(List.of(broken, good)));

        ListView<org.quire.service.sources.ImportOutcome> results = robot.lookup("#import-results").queryListView();
        waitFor(() -> results.getItems().size() == 2 && sources.getItems().size() == 2);
        assertThat(results.getItems()).extracting(o -> o.file().getFileName().toString() + " " + o.status())
                .containsExactly("broken.docx FAILED", "minutes.txt IMPORTED");
        // The list draws its cells on the next layout pass: wait for them rather than race it.
        waitFor(() -> robot.lookup("#import-results").lookup(".list-cell").queryAll().stream()
                .anyMatch(cell -> ((javafx.scene.control.Labeled) cell).getText() != null));
        assertThat(robot.lookup("#import-results").lookup(".list-cell").queryAll())
                .anySatisfy(cell -> assertThat(((javafx.scene.control.Labeled) cell).getText())
                        .startsWith("✗ broken.docx: the file is damaged or incomplete"));
        assertThat(project.sources().list()).extracting(Source::name).containsExactlyInAnyOrder("notes", "minutes");
    }

    @Test
    void draggingANodeOntoAnotherMovesItUnderneathAndUndoMovesItBack(FxRobot robot) throws Exception {
        project.nodes().createPath("Trust", "", null);
        project.nodes().createPath("Relations", "", null);
        robot.interact(vm::load);
        TreeTableView<NodeRow> nodes = robot.lookup("#nodes").queryAs(TreeTableView.class);
        waitFor(() -> references(nodes, "Trust") == 0 && references(nodes, "Relations") == 0);

        robot.drag(cell(robot, "Trust")).dropTo(cell(robot, "Relations"));

        waitFor(() -> vm.nodePaths().equals(List.of("Relations", "Relations/Trust")));
        assertThat(project.nodes().find("Relations/Trust")).isNotNull();
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> vm.nodePaths().equals(List.of("Relations", "Trust")));
    }

    @Test
    void searchingAndCodingAllHitsThenOpeningOneInItsSource(FxRobot robot) throws Exception {
        SourceList sources = SourceList.of(robot);
        waitFor(() -> sources.getItems().size() == 1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#search-query").query().isFocused());
        robot.write("north").press(KeyCode.ENTER).release(KeyCode.ENTER);
        javafx.scene.control.TableView<org.quire.service.search.SearchHit> hits = robot.lookup("#search-hits").queryTableView();
        waitFor(() -> hits.getItems().size() == 1);

        robot.clickOn("#code-all-hits");
        waitFor(() -> robot.lookup("#search-code-field").match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        robot.write("Vision").press(KeyCode.ENTER).release(KeyCode.ENTER);
        TreeTableView<NodeRow> nodes = robot.lookup("#nodes").queryAs(TreeTableView.class);
        waitFor(() -> references(nodes, "Vision") == 1);

        robot.doubleClickOn(robot.lookup("#search-hits").lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitFor(() -> view.documentArea() != null && view.documentArea().getSelectedText().equals("north"));
    }

    private static javafx.scene.Node cell(FxRobot robot, String text) {
        return robot.lookup(".tree-table-cell").match((javafx.scene.control.TreeTableCell<?, ?> c) ->
                text.equals(c.getText())).query();
    }

    /** The node's reference count in the tree, or -1 when the node is not there. */
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

    @Test
    void noTwoMenuCommandsShareAKeyboardShortcut(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        List<String> clashes = new java.util.ArrayList<>();
        java.util.Deque<javafx.scene.control.MenuItem> todo = new java.util.ArrayDeque<>(bar.getMenus());
        while (!todo.isEmpty()) {
            javafx.scene.control.MenuItem item = todo.pop();
            if (item instanceof javafx.scene.control.Menu menu) {
                todo.addAll(menu.getItems());
            }
            if (item.getAccelerator() != null) {
                String key = item.getAccelerator().getName();
                String before = seen.putIfAbsent(key, item.getText());
                if (before != null) {
                    clashes.add(key + ": " + before + " / " + item.getText());
                }
            }
        }
        assertThat(seen).hasSizeGreaterThan(20);
        assertThat(clashes).isEmpty();
    }
}
