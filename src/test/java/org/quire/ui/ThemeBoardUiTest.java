package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Theme;
import org.quire.model.ThemeStatus;
import org.quire.service.Project;
import org.quire.ui.themes.ThemesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Themes board in a small window (1024×700), driven with the mouse and keyboard: columns keep a
 * readable width and the board scrolls sideways to the Discarded column; a card dragged to another
 * column, moved from its menu or with Ctrl+Right changes status (with a reason); a status changed in
 * the editor moves the card, keeps it selected and scrolls its column into view. After every step
 * each card sits in the column of the status the project holds.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeBoardUiTest {
    @TempDir
    Path dir;

    private WorkbenchWindow window;
    private Project project;

    @Start
    void start(Stage stage) {
        project = WorkbenchWindow.projectWith(dir, "notes.txt", "Trust came later, with the money.");
        var trust = project.nodes().createPath("Trust", "", null);
        var money = project.nodes().createPath("Funding", "", null);
        project.themes().create("Money worries", "", null, List.of(money.id()));
        Theme purpose = project.themes().create("Shared purpose", "", null, List.of(trust.id()));
        project.themes().setStatus(purpose.id(), ThemeStatus.REVIEWED, "read the minutes again");
        Theme goodwill = project.themes().create("Running on goodwill", "", null, List.of());
        project.themes().setStatus(goodwill.id(), ThemeStatus.DISCARDED, "one meeting only");
        window = WorkbenchWindow.show(stage, project, null, 1024, 700);
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForFxEvents();
        window.close();
        MouseCodingUiTest.forgetHeadlessDragTarget();
    }

    @Test
    void columnsStayReadableAndTheBoardScrollsSidewaysToTheDiscardedColumn(FxRobot robot) throws Exception {
        openBoard(robot);
        ScrollPane scroll = robot.lookup("#board-scroll").queryAs(ScrollPane.class);
        for (ThemeStatus s : ThemeStatus.values()) {
            assertThat(list(robot, s).getWidth()).as(s.label()).isGreaterThanOrEqualTo(220);
        }
        ListView<?> discarded = list(robot, ThemeStatus.DISCARDED);
        assertThat(inView(scroll, discarded)).as("Discarded is off to the right at first").isFalse();

        // The sideways scroll bar, dragged with the mouse, brings the last column into view.
        // (The board's own bar, not the hidden ones inside each column's list.)
        Node bar = robot.lookup("#board-scroll .scroll-bar").match((javafx.scene.control.ScrollBar b) ->
                b.getParent() == scroll && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL).query();
        assertThat(bar.isVisible()).isTrue();
        robot.drag(bar.lookup(".thumb"), MouseButton.PRIMARY).moveBy(600, 0).drop();
        waitFor(() -> inView(scroll, discarded));

        robot.clickOn(ThemesUiTest.card(robot, "Running on goodwill"));
        waitFor(() -> editorShows(robot, "Running on goodwill  —  discarded"));
        assertBoardAgreesWithProject(robot);
    }

    @Test
    void aCardDraggedOrMovedToAnotherColumnChangesStatusWithAReason(FxRobot robot) throws Exception {
        openBoard(robot);
        Theme money = theme("Money worries");

        // Dragged onto the Reviewed column: the board asks why, and the card stays put until answered.
        robot.drag(ThemesUiTest.card(robot, "Money worries"), MouseButton.PRIMARY)
                .dropTo(list(robot, ThemeStatus.REVIEWED));
        Label question = robot.lookup("#theme-prompt").lookup(".label").queryAs(Label.class);
        waitFor(() -> question.getText().contains("become reviewed"));
        assertThat(project.themes().get(money.id()).status()).isEqualTo(ThemeStatus.CANDIDATE);
        assertBoardAgreesWithProject(robot);
        robot.write("came up in every interview").type(KeyCode.ENTER);
        waitFor(() -> project.themes().get(money.id()).status() == ThemeStatus.REVIEWED);
        waitFor(() -> list(robot, ThemeStatus.REVIEWED).getItems().size() == 2);
        assertThat(project.themes().statusHistory(money.id())).last()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("came up in every interview"));
        assertThat(selectedName(list(robot, ThemeStatus.REVIEWED))).isEqualTo("Money worries");
        assertBoardAgreesWithProject(robot);

        // Ctrl+Right moves the selected card one column on; Escape on the question changes nothing.
        robot.clickOn(ThemesUiTest.card(robot, "Money worries"));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        waitFor(() -> question.getText().contains("become defined"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !robot.lookup("#theme-prompt").query().isVisible());
        robot.clickOn(ThemesUiTest.card(robot, "Money worries"));
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        waitFor(() -> question.getText().contains("become defined") && robot.lookup("#theme-prompt").query().isVisible());
        robot.write("definition agreed").type(KeyCode.ENTER);
        waitFor(() -> project.themes().get(money.id()).status() == ThemeStatus.DEFINED);
        waitFor(() -> list(robot, ThemeStatus.DEFINED).getItems().size() == 1);
        assertBoardAgreesWithProject(robot);

        // The card's own menu: Move to → candidate.
        showContextMenu(robot, ThemesUiTest.card(robot, "Money worries"), list(robot, ThemeStatus.DEFINED));
        robot.clickOn("Move to");
        robot.clickOn("#move-to-candidate");
        waitFor(() -> question.getText().contains("become candidate"));
        robot.write("split it first").type(KeyCode.ENTER);
        waitFor(() -> project.themes().get(money.id()).status() == ThemeStatus.CANDIDATE);
        waitFor(() -> list(robot, ThemeStatus.CANDIDATE).getItems().size() == 1);
        assertBoardAgreesWithProject(robot);

        // Undo puts it back in the column it came from.
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> project.themes().get(money.id()).status() == ThemeStatus.DEFINED);
        waitFor(() -> list(robot, ThemeStatus.DEFINED).getItems().size() == 1);
        assertBoardAgreesWithProject(robot);
    }

    @Test
    void aStatusChangedInTheEditorMovesTheCardAndScrollsItsColumnIntoView(FxRobot robot) throws Exception {
        openBoard(robot);
        ScrollPane scroll = robot.lookup("#board-scroll").queryAs(ScrollPane.class);
        Theme money = theme("Money worries");
        robot.clickOn(ThemesUiTest.card(robot, "Money worries"));
        waitFor(() -> editorShows(robot, "Money worries  —  candidate"));

        ComboBox<?> status = robot.lookup("#theme-status").queryAs(ComboBox.class);
        robot.clickOn(status);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                c.getItem() == ThemeStatus.DISCARDED).queryAs(Node.class));
        robot.clickOn("#status-reason").write("folded into Shared purpose");
        robot.clickOn("#change-status");

        waitFor(() -> project.themes().get(money.id()).status() == ThemeStatus.DISCARDED);
        ListView<ThemesViewModel.Card> discarded = list(robot, ThemeStatus.DISCARDED);
        waitFor(() -> "Money worries".equals(selectedName(discarded)));
        waitFor(() -> inView(scroll, discarded));
        assertThat(list(robot, ThemeStatus.CANDIDATE).getItems()).isEmpty();
        assertBoardAgreesWithProject(robot);
    }

    private void openBoard(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "themes-tab".equals(t.getId())).findFirst().orElseThrow()));
        waitFor(() -> list(robot, ThemeStatus.CANDIDATE).getItems().size() == 1
                && list(robot, ThemeStatus.DISCARDED).getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A right-click on {@code card}; the headless toolkit does not follow it with the desktop's menu
     * request, so the test sends that request as a desktop would.
     */
    private static void showContextMenu(FxRobot robot, Node card, ListView<?> list) throws Exception {
        robot.clickOn(card, MouseButton.SECONDARY);
        if (!list.getContextMenu().isShowing()) {
            javafx.geometry.Point2D at = robot.point(card).query();
            robot.interact(() -> {
                javafx.geometry.Point2D local = card.screenToLocal(at);
                javafx.event.Event.fireEvent(card, new javafx.scene.input.ContextMenuEvent(
                        javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                        at.getX(), at.getY(), false, null));
            });
        }
        waitFor(list.getContextMenu()::isShowing);
    }

    private Theme theme(String name) {
        return project.themes().list().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** Every theme of the project is on the board exactly once, in the column of its status. */
    private void assertBoardAgreesWithProject(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> seen = new ArrayList<>();
        for (ThemeStatus s : ThemeStatus.values()) {
            for (ThemesViewModel.Card c : list(robot, s).getItems()) {
                assertThat(project.themes().get(c.theme().id()).status()).as(c.theme().name()).isEqualTo(s);
                seen.add(c.theme().name());
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(project.themes().list().stream().map(Theme::name)
                .toList());
    }

    private static ListView<ThemesViewModel.Card> list(FxRobot robot, ThemeStatus s) {
        return robot.lookup("#board-" + s.label()).queryListView();
    }

    private static String selectedName(ListView<ThemesViewModel.Card> list) {
        ThemesViewModel.Card c = list.getSelectionModel().getSelectedItem();
        return c == null ? null : c.theme().name();
    }

    private static boolean editorShows(FxRobot robot, String heading) {
        return robot.lookup("#theme-heading").queryAs(Label.class).getText().equals(heading);
    }

    /** Whether {@code node} lies wholly inside what the scroll pane shows. */
    private static boolean inView(ScrollPane scroll, Node node) {
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds at = node.localToScene(node.getLayoutBounds());
        return at.getMinX() >= view.getMinX() - 0.5 && at.getMaxX() <= view.getMaxX() + 0.5;
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
