package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Source;
import org.quire.service.Project;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;
import org.quire.ui.sources.SourceTreeModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Sources pane as a tree of the researcher's folders: an imported folder keeps its tree, folders
 * are made, renamed and deleted from the mouse's menu, and a source dragged onto a folder moves there.
 */
@ExtendWith(ApplicationExtension.class)
class SourceFoldersUiTest {
    @TempDir
    static Path dir;

    private Project project;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path data = dir.resolve("data-" + System.nanoTime());
        Files.createDirectories(data.resolve("Interviews/Round 1"));
        Files.writeString(data.resolve("Day 1.txt"), "Arrived at nine and met the caretaker.");
        Files.writeString(data.resolve("Interviews/Round 1/Ruth.txt"), "INTERVIEWER: How did the hall open?");
        project = Project.create(dir.resolve("F-" + System.nanoTime() + ".quire"), "Folders", "Ann");
        project.sources().importAsFolders(List.of(data.resolve("Day 1.txt"), data.resolve("Interviews")),
                ImportOptions.defaults(), ImportProgress.NONE, () -> false);
        window = WorkbenchWindow.show(stage, project, null, 1280, 720);
    }

    @AfterEach
    void close() {
        window.close();
        MouseCodingUiTest.forgetHeadlessDragTarget();
    }

    @Test
    void theImportedFolderTreeIsShownAndASourceInAFolderOpensWithAClick(FxRobot robot) throws Exception {
        SourceList sources = SourceList.of(robot);
        waitFor(() -> sources.getItems().size() == 2);
        assertThat(rows(sources)).containsExactly("Interviews", "Round 1", "Ruth", "Day 1");
        SourceList.open(robot, sources, source("Ruth"));
        waitFor(() -> window.view.documentArea() != null
                && window.view.documentArea().getText().startsWith("INTERVIEWER"));
    }

    @Test
    void aFolderIsMadeFromTheRightClickMenuRenamedWithF2AndUndone(FxRobot robot) throws Exception {
        SourceList sources = SourceList.of(robot);
        waitFor(() -> sources.getItems().size() == 2);
        SourceList.clickRow(robot, sources, new SourceTreeModel.Folder("Interviews"));
        rightClick(robot, sources, SourceList.cellOf(sources.tree(), new SourceTreeModel.Folder("Interviews")));
        robot.clickOn("New folder…");
        TextField name = waitForField(robot);
        robot.interact(() -> name.setText("Round 2"));
        robot.type(KeyCode.ENTER);
        waitFor(() -> project.folders().list().contains("Interviews/Round 2"));
        waitFor(() -> rows(sources).contains("Round 2"));

        SourceList.clickRow(robot, sources, new SourceTreeModel.Folder("Interviews/Round 2"));
        robot.type(KeyCode.F2);
        TextField rename = waitForField(robot);
        robot.interact(() -> rename.setText("Follow-ups"));
        robot.type(KeyCode.ENTER);
        waitFor(() -> project.folders().list().contains("Interviews/Follow-ups"));

        robot.interact(() -> window.vm.undo());
        waitFor(() -> project.folders().list().contains("Interviews/Round 2"));
        robot.interact(() -> window.vm.undo());
        waitFor(() -> project.folders().list().equals(List.of("Interviews", "Interviews/Round 1")));
        waitFor(() -> !rows(sources).contains("Round 2"));
    }

    @Test
    void aSourceDraggedOntoAFolderMovesThereAndAnEmptiedFolderIsDeletedWithDel(FxRobot robot) throws Exception {
        SourceList sources = SourceList.of(robot);
        waitFor(() -> sources.getItems().size() == 2);
        waitFor(() -> SourceList.cellOf(sources.tree(), new SourceTreeModel.Doc(source("Day 1"))) != null);
        robot.drag(SourceList.cellOf(sources.tree(), new SourceTreeModel.Doc(source("Day 1"))), MouseButton.PRIMARY)
                .dropTo(SourceList.cellOf(sources.tree(), new SourceTreeModel.Folder("Interviews/Round 1")));
        waitFor(() -> source("Day 1").folder().equals("Interviews/Round 1"));
        waitFor(() -> rows(sources).equals(List.of("Interviews", "Round 1", "Day 1", "Ruth")));

        // A folder with sources in it is not deleted; the reason is given and nothing changes.
        SourceList.clickRow(robot, sources, new SourceTreeModel.Folder("Interviews"));
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .isEqualTo("Folder 'Interviews' still holds 2 sources; move or delete them first");
        robot.type(KeyCode.ENTER);

        robot.interact(() -> window.vm.undo());
        waitFor(() -> source("Day 1").folder().isEmpty());
        waitFor(() -> rows(sources).equals(List.of("Interviews", "Round 1", "Ruth", "Day 1")));
        MouseCodingUiTest.forgetHeadlessDragTarget();
        robot.drag(SourceList.cellOf(sources.tree(), new SourceTreeModel.Doc(source("Ruth"))), MouseButton.PRIMARY)
                .dropTo(SourceList.cellOf(sources.tree(), new SourceTreeModel.Doc(source("Day 1"))));
        waitFor(() -> source("Ruth").folder().isEmpty());
        SourceList.clickRow(robot, sources, new SourceTreeModel.Folder("Interviews"));
        robot.type(KeyCode.DELETE);
        waitFor(() -> project.folders().list().isEmpty());
        waitFor(() -> rows(sources).equals(List.of("Day 1", "Ruth")));
    }

    /**
     * A right-click on a row; the headless toolkit does not follow it with the desktop's menu
     * request, so the test sends that request as a desktop would.
     */
    private static void rightClick(FxRobot robot, SourceList sources, javafx.scene.Node row) throws Exception {
        robot.clickOn(row, MouseButton.SECONDARY);
        var menu = sources.tree().getContextMenu();
        if (!menu.isShowing()) {
            robot.interact(() -> {
                var b = row.localToScreen(row.getBoundsInLocal());
                javafx.event.Event.fireEvent(row, new javafx.scene.input.ContextMenuEvent(
                        javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, b.getHeight() / 2,
                        b.getMinX() + 10, b.getMinY() + b.getHeight() / 2, false, null));
            });
        }
        waitFor(menu::isShowing);
    }

    private Source source(String name) {
        return project.sources().list().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** The rows as the pane shows them, folders opened. */
    private static List<String> rows(SourceList sources) {
        var tree = sources.tree();
        List<String> rows = new java.util.ArrayList<>();
        for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            var item = tree.getTreeItem(i);
            rows.add(item.getValue() instanceof SourceTreeModel.Doc d ? d.source().name()
                    : ((SourceTreeModel.Folder) item.getValue()).name());
        }
        return rows;
    }

    private static TextField waitForField(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        return robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
