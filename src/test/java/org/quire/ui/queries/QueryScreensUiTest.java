package org.quire.ui.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.service.Project;
import org.quire.ui.common.FxTaskRunner;
import org.quire.ui.workbench.WorkbenchView;
import org.quire.ui.workbench.WorkbenchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The query screens through the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class QueryScreensUiTest {
    @TempDir
    static Path dir;

    private static Project project;
    private FxTaskRunner runner;
    private WorkbenchView view;
    private WorkbenchViewModel vm;

    // Built once, off the JavaFX thread: the tests only read it (one saves a query no other test uses).
    @org.junit.jupiter.api.BeforeAll
    static void createProject() throws Exception {
        project = QueryFixture.create(dir.resolve("p"));
    }

    @org.junit.jupiter.api.AfterAll
    static void closeProject() {
        project.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        runner = new FxTaskRunner();
        vm = new WorkbenchViewModel(project, runner);
        view = new WorkbenchView(vm, runner);
        stage.setScene(new Scene(view.build(), 1200, 780));
        stage.show();
        vm.load();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void buildingACodingQueryListsPassagesAndDoubleClickOpensOneSelectedInItsSource(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> selectedTab(robot).getId().equals("coding-query-tab"));
        waitFor(() -> robot.lookup("#query-node-a").queryComboBox().getItems().size() == 4);

        robot.clickOn("#query-node-a").write("Relations/Trust");
        robot.clickOn("#query-node-b").write("Funding");
        robot.clickOn("#run-query");
        TableView<PassageRow> results = robot.lookup("#query-results").queryTableView();
        waitFor(() -> results.getItems().size() == 1);
        assertThat(robot.lookup("#query-expression").queryTextInputControl().getText())
                .isEqualTo("\"Relations/Trust\" AND \"Funding\"");

        doubleClickUntil(robot, () -> robot.lookup("#query-results").lookup(".table-row-cell").nth(0).tryQuery(),
                () -> view.documentArea() != null
                        && "trust was tested by the funding gap.".equals(view.documentArea().getSelectedText()));
        // The source opens in its own document tab, brought to the front.
        assertThat(selectedTab(robot).getStyleClass()).contains("document-tab");
    }

    @Test
    void doubleClickingAMatrixCellListsItsPassagesAndEachOpensInItsSource(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT, KeyCode.CONTROL);
        waitFor(() -> selectedTab(robot).getId().equals("matrix-tab"));
        waitFor(() -> robot.lookup("#matrix-rows-nodes").queryListView().getItems().size() == 4
                && robot.lookup("#matrix-columns-name").queryComboBox().getValue() != null);
        robot.interact(() -> {
            var rows = robot.lookup("#matrix-rows-nodes").queryListView();
            rows.getSelectionModel().clearSelection();
            rows.getSelectionModel().select("Funding");
            rows.getSelectionModel().select("Relations/Trust");
        });
        robot.interact(() -> robot.lookup("#matrix-columns-name").queryComboBox().setValue("data type"));
        robot.clickOn("#run-matrix");
        TableView<Integer> grid = robot.lookup("#matrix-grid").queryTableView();
        waitFor(() -> grid.getItems().size() == 2 && grid.getColumns().size() == 3);

        // Row 2 (Relations/Trust) × "field note" shows its two passages.
        // Cells are recycled as the table lays out: find the cell again for each try, and click where it is.
        TableView<PassageRow> passages = robot.lookup("#matrix-passages").queryTableView();
        for (int attempt = 0; attempt < 3 && passages.getItems().size() != 2; attempt++) {
            java.util.concurrent.atomic.AtomicReference<javafx.geometry.Point2D> at =
                    new java.util.concurrent.atomic.AtomicReference<>();
            waitFor(() -> {
                robot.lookup("#matrix-grid").lookup(".heat-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                        Integer.valueOf(1).equals(c.getItem()) && c.getTableColumn() == grid.getColumns().get(1)
                                && "2".equals(c.getText()) && c.isVisible() && c.getTableRow().isVisible()
                                && c.getScene() != null)
                        .tryQuery().ifPresent(c -> {
                            var b = c.localToScreen(c.getBoundsInLocal());
                            at.set(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY()));
                        });
                return at.get() != null;
            });
            robot.moveTo(at.get()).doubleClickOn(javafx.scene.input.MouseButton.PRIMARY);
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> passages.getItems().size() == 2);
            } catch (java.util.concurrent.TimeoutException slowMachine) {
                // a busy machine can split a double-click in two; try again
            }
        }
        assertThat(passages.getItems()).hasSize(2);
        assertThat(robot.lookup("#matrix-cell-title").queryLabeled().getText())
                .isEqualTo("Relations/Trust × field note: 2 passages");

        doubleClickUntil(robot, () -> robot.lookup("#matrix-passages").lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<PassageRow> r) -> r.getItem() != null && r.isVisible()
                        && r.getItem().oneLine().equals("trust was tested by the funding gap.")).tryQuery(),
                () -> view.documentArea() != null && "trust was tested by the funding gap.".equals(view.documentArea().getSelectedText()));
    }

    @Test
    void aSavedQueryRunsFromTheQueriesPane(FxRobot robot) throws Exception {
        project.queries().save("Vision", "\"Vision\"", null);
        robot.interact(() -> robot.lookup("#saved-queries").queryListView().getItems().clear());
        robot.interact(() -> view.toString());
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.W).release(KeyCode.W, KeyCode.ALT, KeyCode.CONTROL);
        var saved = robot.lookup("#saved-queries").queryListView();
        waitFor(() -> saved.getItems().size() == 1);
        doubleClickUntil(robot, () -> robot.lookup("#saved-queries").lookup(".list-cell").nth(0).tryQuery(),
                () -> selectedTab(robot).getId().equals("coding-query-tab"));
        TableView<PassageRow> results = robot.lookup("#query-results").queryTableView();
        waitFor(() -> results.getItems().size() == 1);
        assertThat(results.getItems().get(0).oneLine()).isEqualTo("A north star was named.");
        assertThat(robot.lookup("#query-name").queryTextInputControl().getText()).isEqualTo("Vision");
    }

    /**
     * Double-clicks the node until {@code done} holds: on a busy machine the two clicks can arrive
     * too far apart to count as one double-click, so a few tries are allowed.
     */
    private static void doubleClickUntil(FxRobot robot, java.util.function.Supplier<java.util.Optional<Node>> target,
                                         java.util.concurrent.Callable<Boolean> done) throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            java.util.Optional<Node> node = target.get();
            if (node.isPresent()) {
                robot.doubleClickOn(node.get());
            }
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, done);
                return;
            } catch (java.util.concurrent.TimeoutException tryAgain) {
                // fall through to the next try
            }
        }
        assertThat(done.call()).as("the double-click took effect").isTrue();
    }

    private static Tab selectedTab(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").match(n -> ((TabPane) n).getTabs().size() > 3).query();
        return tabs.getSelectionModel().getSelectedItem();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
