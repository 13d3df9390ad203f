package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.MapElement;
import org.quire.model.Node;
import org.quire.model.Theme;
import org.quire.model.ThemeMap;
import org.quire.model.ThemeStatus;
import org.quire.service.Project;
import org.quire.service.themes.ThemeEvent;
import org.quire.ui.common.FxTaskRunner;
import org.quire.ui.workbench.WorkbenchView;
import org.quire.ui.workbench.WorkbenchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The themes flow through the real window, headless: board, drag a node in, status with a reason, undo,
 * and a box dragged on the map with its link following it.
 */
@ExtendWith(ApplicationExtension.class)
class ThemesUiTest {
    @TempDir
    static Path dir;

    private static Project project;
    private static Theme theme;
    private FxTaskRunner runner;
    private WorkbenchViewModel vm;

    // The project is made before the window: on a busy machine creating it inside @Start can
    // outlast TestFX's setup timeout.
    @BeforeAll
    static void createProject() {
        project = Project.create(dir.resolve("UI-" + System.nanoTime() + ".quire"), "UI test", "Ann");
        project.nodes().create(null, "Trust", "", null);
        Node vision = project.nodes().create(null, "Vision", "", null);
        theme = project.themes().create("Shared purpose", "", null, List.of(vision.id()));
        project.themeMap().link(MapElement.of(vision.id()), MapElement.of(theme.id()), "leads to");
    }

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner();
        vm = new WorkbenchViewModel(project, runner);
        WorkbenchView view = new WorkbenchView(vm, runner);
        stage.setScene(new Scene(view.build(), 1440, 860));
        stage.show();
        vm.load();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @AfterAll
    static void closeProject() {
        project.close();
    }

    @Test
    void dragANodeOntoAThemeReviewItWithAReasonUndoThenMoveItOnTheMap(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "themes-tab".equals(t.getId())).findFirst().orElseThrow()));
        ListView<?> candidates = robot.lookup("#board-candidate").queryListView();
        waitFor(() -> candidates.getItems().size() == 1);
        waitFor(() -> robot.lookup(".tree-table-cell").match((javafx.scene.control.TreeTableCell<?, ?> c) ->
                "Trust".equals(c.getText())).tryQuery().isPresent());

        robot.drag(robot.lookup(".tree-table-cell").match((javafx.scene.control.TreeTableCell<?, ?> c) ->
                "Trust".equals(c.getText())).queryAs(javafx.scene.Node.class))
                .dropTo(card(robot, "Shared purpose"));
        waitFor(() -> project.themes().nodes(theme.id()).stream().anyMatch(n -> n.name().equals("Trust")));

        robot.interact(() -> candidates.getSelectionModel().select(0));
        ComboBox<ThemeStatus> status = robot.lookup(".combo-box").match((ComboBox<?> c) ->
                !c.getItems().isEmpty() && c.getItems().get(0) == ThemeStatus.CANDIDATE).query();
        waitFor(() -> status.getValue() == ThemeStatus.CANDIDATE);
        robot.interact(() -> status.setValue(ThemeStatus.REVIEWED));
        robot.clickOn("#status-reason").write("checked against the minutes");
        robot.clickOn("#change-status");

        waitFor(() -> project.themes().get(theme.id()).status() == ThemeStatus.REVIEWED);
        ListView<ThemeEvent> timeline = robot.lookup("#theme-timeline").queryListView();
        waitFor(() -> timeline.getItems().stream().anyMatch(e -> "checked against the minutes".equals(e.reason())));
        ListView<?> reviewed = robot.lookup("#board-reviewed").queryListView();
        waitFor(() -> reviewed.getItems().size() == 1 && candidates.getItems().isEmpty());

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> project.themes().get(theme.id()).status() == ThemeStatus.CANDIDATE);
        waitFor(() -> candidates.getItems().size() == 1);
        assertThat(project.themes().statusHistory(theme.id())).last()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("undone: checked against the minutes"));

        // F2 renames the selected card and Del deletes it, both asked in the board and both undoable.
        // The card itself, found by what it shows: a column's first cell in the scene graph need not be
        // its first card, and may lie under the board's sideways scroll bar.
        robot.clickOn(card(robot, "Shared purpose"));
        robot.type(KeyCode.F2);
        javafx.scene.control.TextField answer = robot.lookup("#theme-prompt-answer").queryAs(
                javafx.scene.control.TextField.class);
        waitFor(answer::isVisible);
        robot.interact(() -> answer.setText("Common purpose"));
        robot.clickOn("#theme-prompt-ok");
        waitFor(() -> project.themes().get(theme.id()).name().equals("Common purpose"));
        robot.clickOn(card(robot, "Common purpose"));
        robot.type(KeyCode.DELETE);
        javafx.scene.control.Label question = robot.lookup("#theme-prompt").lookup(".label")
                .queryAs(javafx.scene.control.Label.class);
        waitFor(() -> question.getText().contains("Delete the theme 'Common purpose'"));
        assertThat(question.getText()).contains("The 2 nodes feeding it stay in the code book");
        robot.clickOn("#theme-prompt-ok");
        waitFor(() -> project.themes().list().isEmpty());
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> project.themes().list().size() == 1);
        theme = project.themes().list().get(0);
        assertThat(theme.name()).isEqualTo("Common purpose");
        assertThat(project.themes().nodes(theme.id())).hasSize(2);
        waitFor(() -> candidates.getItems().size() == 1);

        // On the map, dragging the theme's box saves where it was put.
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "map-tab".equals(t.getId())).findFirst().orElseThrow()));
        String box = "#box-" + MapElement.of(theme.id()).key();
        waitFor(() -> robot.lookup(box).tryQuery().isPresent());
        ThemeMap.Box before = project.themeMap().map().box(MapElement.of(theme.id()));

        // The typed link is redrawn while the box moves, not only when it is let go.
        javafx.scene.shape.Line link = robot.lookup("#theme-map").lookup((javafx.scene.Node n) ->
                n instanceof javafx.scene.shape.Line l && l.getStrokeWidth() == 2).queryAs(javafx.scene.shape.Line.class);
        double endX = link.getEndX();
        double endY = link.getEndY();
        robot.drag(box).moveBy(120, 160);
        assertThat(link.getEndX()).isGreaterThan(endX + 60);
        assertThat(link.getEndY()).isGreaterThan(endY + 80);
        assertThat(project.themeMap().map().box(MapElement.of(theme.id())).placed()).isFalse();
        robot.drop();

        waitFor(() -> project.themeMap().map().box(MapElement.of(theme.id())).placed());
        ThemeMap.Box after = project.themeMap().map().box(MapElement.of(theme.id()));
        assertThat(after.x()).isGreaterThan(before.x() + 60);
        assertThat(after.y()).isGreaterThan(before.y() + 80);
        // The edit's own follow-up (undo stack, reload) runs on the JavaFX thread after the save:
        // let it finish before the task runner closes.
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The board's card showing the theme {@code name}, once the board shows it. */
    static javafx.scene.Node card(FxRobot robot, String name) throws Exception {
        java.util.function.Supplier<java.util.Optional<javafx.scene.Node>> find = () -> robot.lookup(".theme-card")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() instanceof
                        org.quire.ui.themes.ThemesViewModel.Card k && k.theme().name().equals(name)).tryQuery();
        waitFor(() -> find.get().isPresent());
        return find.get().orElseThrow();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
