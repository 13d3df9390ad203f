package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.MapElement;
import org.quire.model.Theme;
import org.quire.model.ThemeMap;
import org.quire.service.Project;
import org.quire.ui.prefs.DisplaySettings;
import org.quire.ui.prefs.MemoryDisplay;
import org.quire.ui.workbench.WorkbenchView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The thematic map's zoom, fit and pan through the real window, by mouse and keyboard: buttons,
 * Ctrl+wheel, Ctrl+plus/minus, Ctrl+0, dragging the background. They change the view only: the
 * layout saved in the project stays as it was, and a box dragged while zoomed in is saved at the
 * map position under the pointer.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeMapUiTest {
    @TempDir
    Path dir;

    private WorkbenchWindow window;
    private Project project;
    private Theme purpose;
    private final DisplaySettings display = new DisplaySettings(new MemoryDisplay());

    @Start
    void start(Stage stage) {
        project = WorkbenchWindow.projectWith(dir, "notes.txt", "Trust came later, with the money.");
        var trust = project.nodes().createPath("Trust", "", null);
        var money = project.nodes().createPath("Funding", "", null);
        var vision = project.nodes().createPath("Vision", "", null);
        var late = project.nodes().createPath("Late payments", "", null);
        purpose = project.themes().create("Shared purpose", "", null, List.of(trust.id(), vision.id()));
        project.themes().create("Money worries", "", null, List.of(money.id(), late.id()));
        project.themes().create("Common goals", "", purpose.id(), List.of(vision.id()));
        window = WorkbenchWindow.show(stage, project, new WorkbenchView.Shell(List.of(), List.of(), display), 1024, 700);
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForFxEvents();
        window.close();
        MouseCodingUiTest.forgetHeadlessDragTarget();
    }

    @Test
    void zoomFitAndPanChangeTheViewButNeverTheSavedLayout(FxRobot robot) throws Exception {
        openMap(robot);
        Map<String, List<Double>> saved = savedLayout();
        Node box = box(robot, purpose);
        double width = box.localToScene(box.getLayoutBounds()).getWidth();
        int textSize = display.textSizeProperty().get();

        robot.clickOn("#map-zoom-in").clickOn("#map-zoom-in");
        waitFor(() -> zoomText(robot).equals("144%"));
        assertThat(box.localToScene(box.getLayoutBounds()).getWidth()).isCloseTo(width * 1.44, within(1.0));

        // Keys act once the map has the focus (a click on its background gives it).
        robot.clickOn(emptyBackground(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        waitFor(() -> zoomText(robot).equals("120%"));
        assertThat(display.textSizeProperty().get()).as("the map's zoom keys are not the text size's")
                .isEqualTo(textSize);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitFor(() -> zoomText(robot).equals("144%"));
        assertThat(display.textSizeProperty().get()).isEqualTo(textSize);

        // Ctrl+wheel over the map zooms; the wheel alone scrolls.
        robot.moveTo(emptyBackground(robot)).press(KeyCode.CONTROL).scroll(1, VerticalDirection.UP)
                .release(KeyCode.CONTROL);
        waitFor(() -> !zoomText(robot).equals("144%"));
        String wheeled = zoomText(robot);
        assertThat(wheeled).isIn("120%", "173%");

        // Panning: dragging the empty background scrolls the view the other way.
        robot.clickOn("#map-zoom-in").clickOn("#map-zoom-in");
        ScrollPane scroll = robot.lookup("#map-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            scroll.setHvalue(0.5);
            scroll.setVvalue(0.5);
        });
        double h = scroll.getHvalue();
        double v = scroll.getVvalue();
        Point2D grab = emptyBackground(robot);
        robot.drag(grab, MouseButton.PRIMARY).moveBy(-60, -40).drop();
        waitFor(() -> scroll.getHvalue() > h && scroll.getVvalue() > v);

        // Ctrl+0 fits every box inside the window.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds view = scroll.localToScene(scroll.getViewportBounds());
        Bounds shown = new javafx.geometry.BoundingBox(view.getMinX() + scroll.snappedLeftInset(),
                view.getMinY() + scroll.snappedTopInset(), view.getWidth(), view.getHeight());
        for (Node b : robot.lookup("#theme-map").lookup((Node n) -> n.getId() != null && n.getId().startsWith("box-"))
                .queryAll()) {
            Bounds at = b.localToScene(b.getLayoutBounds());
            assertThat(shown.contains(at)).as(b.getId() + " at " + at + " inside " + shown).isTrue();
        }
        assertThat(display.textSizeProperty().get()).isEqualTo(textSize);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(savedLayout()).as("zoom, fit and pan save nothing").isEqualTo(saved);
    }

    @Test
    void aBoxDraggedWhileZoomedInIsSavedWhereThePointerPutItOnTheMap(FxRobot robot) throws Exception {
        openMap(robot);
        robot.clickOn("#map-zoom-in").clickOn("#map-zoom-in").clickOn("#map-zoom-in").clickOn("#map-zoom-in");
        waitFor(() -> zoomText(robot).equals("207%"));
        ThemeMap.Box before = project.themeMap().map().box(MapElement.of(purpose.id()));
        Node box = box(robot, purpose);
        ScrollPane scroll = robot.lookup("#map-scroll").queryAs(ScrollPane.class);
        // Scrolled so the box sits near the view's top left, with room to drag it.
        robot.interact(() -> {
            Region content = (Region) scroll.getContent();
            Bounds at = content.sceneToLocal(box.localToScene(box.getLayoutBounds()));
            scroll.setHvalue((at.getMinX() - 40) / (content.getWidth() - scroll.getViewportBounds().getWidth()));
            scroll.setVvalue((at.getMinY() - 40) / (content.getHeight() - scroll.getViewportBounds().getHeight()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        double h = scroll.getHvalue();

        robot.drag(box, MouseButton.PRIMARY).moveBy(207, 103.5).drop();
        waitFor(() -> project.themeMap().map().box(MapElement.of(purpose.id())).placed());
        ThemeMap.Box after = project.themeMap().map().box(MapElement.of(purpose.id()));
        // 207 screen pixels at 207% are 100 map units.
        assertThat(after.x() - before.x()).isCloseTo(100, within(3.0));
        assertThat(after.y() - before.y()).isCloseTo(50, within(3.0));
        assertThat(scroll.getHvalue()).as("dragging a box does not pan").isEqualTo(h);
    }

    private void openMap(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "map-tab".equals(t.getId())).findFirst().orElseThrow()));
        waitFor(() -> robot.lookup("#box-" + MapElement.of(purpose.id()).key()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(zoomText(robot)).isEqualTo("100%");
    }

    private static Node box(FxRobot robot, Theme theme) {
        return robot.lookup("#box-" + MapElement.of(theme.id()).key()).query();
    }

    /** Where the saved map puts each box, and whether it was placed by hand. */
    private Map<String, List<Double>> savedLayout() {
        return project.themeMap().map().boxes().stream().collect(Collectors.toMap(b -> b.element().key(),
                b -> List.of(b.x(), b.y(), b.placed() ? 1.0 : 0.0)));
    }

    private static String zoomText(FxRobot robot) {
        return robot.lookup("#map-zoom").queryAs(Label.class).getText();
    }

    /** A point of the map's background with no box, line or label under it, near the view's bottom right. */
    private static Point2D emptyBackground(FxRobot robot) {
        ScrollPane scroll = robot.lookup("#map-scroll").queryAs(ScrollPane.class);
        Bounds view = scroll.localToScreen(scroll.getLayoutBounds());
        for (double dy = 30; dy < view.getHeight(); dy += 15) {
            for (double dx = 30; dx < view.getWidth(); dx += 15) {
                Point2D p = new Point2D(view.getMaxX() - dx, view.getMaxY() - dy);
                Node hit = pick(robot, p);
                if (hit != null && ("map-background".equals(hit.getId()) || "theme-map".equals(hit.getId()))) {
                    return p;
                }
            }
        }
        throw new AssertionError("no empty background in view");
    }

    private static Node pick(FxRobot robot, Point2D screen) {
        Node background = robot.lookup("#map-background").query();
        Point2D local = background.screenToLocal(screen);
        Node[] found = new Node[1];
        robot.interact(() -> found[0] = deepest(background, background.localToScene(local)));
        return found[0];
    }

    private static Node deepest(Node node, Point2D scene) {
        if (!node.isVisible() || !node.contains(node.sceneToLocal(scene))
                && !(node instanceof javafx.scene.Parent)) {
            return null;
        }
        if (node instanceof javafx.scene.Parent p) {
            var kids = p.getChildrenUnmodifiable();
            for (int i = kids.size() - 1; i >= 0; i--) {
                Node hit = deepest(kids.get(i), scene);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return node.contains(node.sceneToLocal(scene)) ? node : null;
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
