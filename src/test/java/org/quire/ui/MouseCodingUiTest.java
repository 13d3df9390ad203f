package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Coding;
import org.quire.model.Source;
import org.quire.service.Project;
import org.quire.ui.common.NodeRow;
import org.quire.ui.workbench.WorkbenchView;
import org.quire.ui.workbench.WorkbenchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting and coding text with the mouse, as a researcher does: press, drag, release, drop on a node. */
@ExtendWith(ApplicationExtension.class)
class MouseCodingUiTest {
    private static final String TEXT = "The north star of the partnership was never written down.\n\n"
            + "Trust came later, with the money, and nobody could say when it began.";

    @TempDir
    static Path dir;

    private WorkbenchWindow window;
    private Project project;
    private WorkbenchView view;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        project = WorkbenchWindow.projectWith(dir, "notes.txt", TEXT);
        project.nodes().createPath("Trust", "", null);
        project.nodes().createPath("Vision", "", null);
        window = WorkbenchWindow.show(stage, project, null, 1200, 760);
        view = window.view;
        vm = window.vm;
    }

    @AfterEach
    void close() {
        window.close();
        forgetHeadlessDragTarget();
    }

    /**
     * The headless toolkit (Monocle) remembers the window of a plain mouse drag as the target of the
     * next drag-and-drop and never forgets it; a later test's drag-and-drop then reports a "drag
     * leave" to this test's closed window and fails. Forget it, as a real desktop does on release.
     */
    static void forgetHeadlessDragTarget() {
        try {
            Class<?> input = Class.forName("com.sun.glass.ui.monocle.MouseInput");
            var instance = input.getDeclaredMethod("getInstance");
            instance.setAccessible(true);
            var dragView = input.getDeclaredField("dragView");
            dragView.setAccessible(true);
            dragView.set(instance.invoke(null), null);
        } catch (ReflectiveOperationException | RuntimeException notMonocle) {
            // A real desktop: nothing to forget.
        }
    }

    @Test
    void draggingInTheTextSelectsThePassageCharacterForCharacter(FxRobot robot) throws Exception {
        InlineCssTextArea area = openSource(robot);
        int from = TEXT.indexOf("north");
        int to = TEXT.indexOf(" of the");
        drag(robot, inside(area, from), inside(area, to));
        waitFor(() -> area.getSelectedText().equals("north star"));
    }

    @Test
    void shiftClickExtendsDoubleClickSelectsAWordTripleClickAParagraph(FxRobot robot) throws Exception {
        InlineCssTextArea area = openSource(robot);
        int trust = TEXT.indexOf("Trust");
        robot.moveTo(inside(area, trust + 2)).doubleClickOn(MouseButton.PRIMARY);
        waitFor(() -> area.getSelectedText().equals("Trust"));

        robot.moveTo(inside(area, trust)).clickOn(MouseButton.PRIMARY);
        robot.press(javafx.scene.input.KeyCode.SHIFT).moveTo(inside(area, TEXT.indexOf(", with")))
                .clickOn(MouseButton.PRIMARY).release(javafx.scene.input.KeyCode.SHIFT);
        waitFor(() -> area.getSelectedText().equals("Trust came later"));

        robot.moveTo(inside(area, TEXT.indexOf("money"))).clickOn(MouseButton.PRIMARY).clickOn(MouseButton.PRIMARY)
                .clickOn(MouseButton.PRIMARY);
        waitFor(() -> area.getSelectedText().strip().equals(TEXT.substring(TEXT.indexOf("Trust"))));
    }

    @Test
    void droppingASelectionOnANodeCodesExactlyThatSelectionAndSaysSo(FxRobot robot) throws Exception {
        InlineCssTextArea area = openSource(robot);
        int from = TEXT.indexOf("Trust came");
        int to = TEXT.indexOf(", and nobody");
        drag(robot, inside(area, from), inside(area, to));
        String selected = TEXT.substring(from, to);
        waitFor(() -> area.getSelectedText().equals(selected));

        // Press inside the selection and drag it onto the node "Trust" in the code book.
        drag(robot, inside(area, from + 5), centreOf(nodeRow(robot, "Trust")));
        Source source = project.sources().list().get(0);
        waitFor(() -> !project.codings().bySource(source.id()).isEmpty());
        List<Coding> coded = project.codings().bySource(source.id());
        assertThat(coded).hasSize(1);
        assertThat(TEXT.substring(coded.get(0).span().start(), coded.get(0).span().end())).isEqualTo(selected);
        waitFor(() -> view.statusText().contains("Coded " + selected.length() + " characters at Trust"));
    }

    @Test
    void rightClickOffersTheCodingCommandsAndCopy(FxRobot robot) throws Exception {
        InlineCssTextArea area = openSource(robot);
        int from = TEXT.indexOf("north");
        drag(robot, inside(area, from), inside(area, TEXT.indexOf(" of the")));
        waitFor(() -> area.getSelectedText().equals("north star"));
        showContextMenu(robot, area, area.getContextMenu(), inside(area, from + 2));
        assertThat(area.getSelectedText()).as("a right-click keeps the selection").isEqualTo("north star");
        waitFor(() -> robot.lookup("Code in vivo").tryQuery().isPresent());
        for (String item : List.of("Code selection at…", "Code at new node…", "Code in vivo", "Uncode from…",
                "Annotate…", "Copy", "Select all", "Search for this")) {
            assertThat(robot.lookup(item).tryQuery()).as(item).isPresent();
        }
        robot.clickOn("Code in vivo");
        waitFor(() -> project.nodes().tree().depthFirst().stream().anyMatch(n -> n.name().equals("north star")));
        Source source = project.sources().list().get(0);
        waitFor(() -> project.codings().bySource(source.id()).size() == 1);
        assertThat(area.getSelectedText()).isEqualTo("north star");
    }

    @Test
    void newChildNodeFromTheCodeBooksRightClickMenuAsksForNameAndDescriptionAndCanBeUndone(FxRobot robot)
            throws Exception {
        openSource(robot);
        Node trust = nodeRow(robot, "Trust");
        robot.clickOn(centreOf(trust), MouseButton.PRIMARY);
        var tree = robot.lookup("#nodes").queryAs(javafx.scene.control.TreeTableView.class);
        showContextMenu(robot, tree, tree.getContextMenu(), centreOf(trust));
        robot.clickOn("New child node…");
        waitFor(() -> robot.lookup("#new-node-name").tryQuery().isPresent());
        robot.clickOn("#new-node-name").write("Between partners");
        robot.clickOn("#new-node-description").write("Trust partners place in each other");
        robot.clickOn("OK");
        waitFor(() -> nodeNamed("Trust/Between partners") != null);
        assertThat(nodeNamed("Trust/Between partners").description()).isEqualTo("Trust partners place in each other");

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        waitFor(() -> nodeNamed("Trust/Between partners") == null);
    }

    @Test
    void codeAtNewNodeFromTheTextsMenuMakesTheNodeWithItsDescription(FxRobot robot) throws Exception {
        InlineCssTextArea area = openSource(robot);
        int from = TEXT.indexOf("nobody could say");
        int to = from + "nobody could say".length();
        drag(robot, inside(area, from), inside(area, to));
        waitFor(() -> area.getSelectedText().equals("nobody could say"));
        showContextMenu(robot, area, area.getContextMenu(), inside(area, from + 3));
        robot.clickOn("Code at new node…");
        waitFor(() -> robot.lookup("#new-node-name").tryQuery().isPresent());
        robot.clickOn("#new-node-name").write("Uncertain origins");
        robot.clickOn("#new-node-description").write("No one can date when something started");
        robot.clickOn("OK");
        Source source = project.sources().list().get(0);
        waitFor(() -> project.codings().bySource(source.id()).size() == 1);
        Coding c = project.codings().bySource(source.id()).get(0);
        assertThat(TEXT.substring(c.span().start(), c.span().end())).isEqualTo("nobody could say");
        assertThat(nodeNamed("Uncertain origins").description()).isEqualTo("No one can date when something started");
        waitFor(() -> view.statusText().equals("Coded 16 characters at Uncertain origins (new node)"));
    }

    @Test
    void codingAtNewNodesNeverMovesTheLineBeingRead(FxRobot robot) throws Exception {
        InlineCssTextArea area = openSource(robot);
        var stripes = robot.lookup("#coding-stripes").queryAs(org.quire.ui.document.CodingStripes.class);
        int last = TEXT.indexOf("began");
        Point2D before = inside(area, last);
        double width = stripes.getWidth();
        Source source = project.sources().list().get(0);
        int n = 0;
        for (String node : List.of("Alpha", "Beta", "Gamma")) {
            int at = n++ * 5;
            robot.interact(() -> vm.quickCode(node, new org.quire.model.Span(at, at + 4)));
            int expected = n;
            waitFor(() -> project.codings().bySource(source.id()).size() == expected);
            waitFor(() -> vm.documentProperty().get().highlights().size() == expected);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(stripes.getWidth()).as("the stripe margin keeps its width").isEqualTo(width);
        assertThat(inside(area, last)).as("the text does not reflow").isEqualTo(before);
    }

    private org.quire.model.Node nodeNamed(String path) {
        try {
            return project.nodes().find(path);
        } catch (org.quire.model.QuireException missing) {
            return null;
        }
    }

    /**
     * A right-click at {@code at}; the headless toolkit does not follow it with the desktop's menu
     * request, so the test sends that request as a desktop would.
     */
    private static void showContextMenu(FxRobot robot, Node target, javafx.scene.control.ContextMenu menu, Point2D at)
            throws Exception {
        robot.moveTo(at).clickOn(MouseButton.SECONDARY);
        if (!menu.isShowing()) {
            robot.interact(() -> {
                Point2D local = target.screenToLocal(at);
                javafx.event.Event.fireEvent(target, new javafx.scene.input.ContextMenuEvent(
                        javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                        at.getX(), at.getY(), false, null));
            });
        }
        waitFor(menu::isShowing);
    }

    private InlineCssTextArea openSource(FxRobot robot) throws Exception {
        SourceList sources = SourceList.of(robot);
        waitFor(() -> sources.getItems().size() == 1);
        SourceList.open(robot, sources, 0);
        waitFor(() -> view.documentArea() != null && view.documentArea().getLength() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        return view.documentArea();
    }

    /** The screen point a little inside the character at {@code offset}. */
    private static Point2D inside(InlineCssTextArea area, int offset) throws Exception {
        Bounds[] b = new Bounds[1];
        WaitForAsyncUtils.asyncFx(() -> b[0] = area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow()).get();
        return new Point2D(b[0].getMinX() + 1, b[0].getMinY() + b[0].getHeight() / 2);
    }

    private static void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY);
        // Several steps, as a hand moves, so the toolkit sees a drag rather than a jump.
        for (int i = 1; i <= 8; i++) {
            robot.moveTo(new Point2D(from.getX() + (to.getX() - from.getX()) * i / 8,
                    from.getY() + (to.getY() - from.getY()) * i / 8));
        }
        robot.release(MouseButton.PRIMARY);
    }

    @SuppressWarnings("unchecked")
    private static Node nodeRow(FxRobot robot, String name) throws Exception {
        waitFor(() -> robot.lookup(".tree-table-row-cell").queryAll().stream()
                .anyMatch(n -> ((TreeTableRow<NodeRow>) n).getItem() != null
                        && ((TreeTableRow<NodeRow>) n).getItem().node().name().equals(name)));
        return robot.lookup(".tree-table-row-cell").queryAll().stream()
                .filter(n -> ((TreeTableRow<NodeRow>) n).getItem() != null
                        && ((TreeTableRow<NodeRow>) n).getItem().node().name().equals(name))
                .findFirst().orElseThrow();
    }

    private static Point2D centreOf(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getMinX() + 40, b.getCenterY());
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
