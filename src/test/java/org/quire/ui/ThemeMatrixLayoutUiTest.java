package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Theme;
import org.quire.model.ThemeMatrix;
import org.quire.service.Project;
import org.quire.service.SampleProject;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The theme matrix's layout on the sample project in a small window (1024×700), by mouse and keyboard:
 * the theme chosen in the dropdown is still shown after going to another screen and back; cells wrap
 * between words, never inside one, even with a column dragged narrow; the export buttons stay where
 * they are while the message, the theme and the selected extract change.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeMatrixLayoutUiTest {
    @TempDir
    static Path dir;

    private static Project project;
    private WorkbenchWindow window;

    @BeforeAll
    static void buildSample() throws Exception {
        project = SampleProject.build(SampleProject.findManifest(Path.of("")), dir.resolve("Sample.quire"));
    }

    @AfterAll
    static void closeProject() {
        project.close();
    }

    @Start
    void start(Stage stage) {
        window = WorkbenchWindow.show(stage, project, null, 1024, 700);
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForFxEvents();
        window.runner.close();
        MouseCodingUiTest.forgetHeadlessDragTarget();
    }

    @Test
    void theChosenThemeIsStillShownAfterGoingToAnotherScreenAndBack(FxRobot robot) throws Exception {
        TableView<ThemeMatrix.Row> table = openMatrix(robot);
        Theme second = project.themes().list().get(1);
        chooseTheme(robot, second);
        waitFor(() -> !table.getItems().isEmpty() && project.themeMatrices().matrix(second.id(), null).rows().get(0)
                .codingGuid().equals(table.getItems().get(0).codingGuid()));
        // Meanwhile, on the board, another theme is renamed: the list of themes the dropdown offers changes.
        robot.clickOn(tabHeader(robot, "Themes"));
        // (A candidate: its column is the first, in view without scrolling the board.)
        Theme other = project.themes().list().stream().filter(t -> t.status() == org.quire.model.ThemeStatus.CANDIDATE
                && !t.guid().equals(second.guid())).findFirst().orElseThrow();
        robot.clickOn(ThemesUiTest.card(robot, other.name()));
        robot.type(KeyCode.F2);
        TextField answer = robot.lookup("#theme-prompt-answer").queryAs(TextField.class);
        waitFor(answer::isVisible);
        robot.type(KeyCode.END).write(" (renamed)").type(KeyCode.ENTER);
        waitFor(() -> project.themes().get(other.id()).name().endsWith("(renamed)"));
        robot.clickOn(tabHeader(robot, "Theme matrix"));
        waitFor(() -> robot.lookup("#theme-matrix").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Theme> box = robot.lookup("#matrix-theme").queryComboBox();
        waitFor(() -> box.getValue() != null && box.getValue().guid().equals(second.guid()));
        ListCell<?> shown = (ListCell<?>) box.lookup(".list-cell");
        waitFor(() -> (second.name() + "  (" + second.status().label() + ")").equals(shown.getText()));
        assertThat(project.themeMatrices().matrix(second.id(), null).rows().get(0).codingGuid())
                .isEqualTo(table.getItems().get(0).codingGuid());
    }

    @Test
    void cellsWrapBetweenWordsEvenWhenAColumnIsDraggedNarrow(FxRobot robot) throws Exception {
        TableView<ThemeMatrix.Row> table = openMatrix(robot);
        assertWordsFit(robot, table);

        // Drag the right edge of the Node column far to the left.
        TableColumn<ThemeMatrix.Row, ?> node = table.getColumns().stream().filter(c -> c.getText().equals("Node"))
                .findFirst().orElseThrow();
        Node header = robot.lookup("#theme-matrix .column-header").match((javafx.scene.control.skin.TableColumnHeader h)
                -> h.getTableColumn() == node).query();
        Bounds b = header.localToScreen(header.getLayoutBounds());
        robot.moveTo(new javafx.geometry.Point2D(b.getMaxX() - 1, b.getCenterY())).press(MouseButton.PRIMARY)
                .moveBy(-40, 0).moveBy(-40, 0).moveBy(-40, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node.getWidth()).isGreaterThanOrEqualTo(node.getMinWidth());
        assertWordsFit(robot, table);

        // Another theme, with other words.
        chooseTheme(robot, project.themes().list().get(2));
        waitFor(() -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertWordsFit(robot, table);
    }

    @Test
    void exportButtonsStayWhereTheyAreWhileTheScreenChanges(FxRobot robot) throws Exception {
        TableView<ThemeMatrix.Row> table = openMatrix(robot);
        Node xlsx = robot.lookup("#matrix-export-xlsx").query();
        Node docx = robot.lookup("#matrix-export-docx").query();
        Bounds xlsxAt = xlsx.localToScreen(xlsx.getLayoutBounds());
        Bounds docxAt = docx.localToScreen(docx.getLayoutBounds());

        Path out = Files.createDirectories(dir.resolve("exports"));
        TextField folder = robot.lookup("#matrix-export-folder").queryAs(TextField.class);
        robot.doubleClickOn(folder).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(out.toString());
        robot.clickOn(xlsx);
        Label message = robot.lookup("#matrix-export-message").queryAs(Label.class);
        waitFor(() -> message.getText().startsWith("Exported"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(xlsx.localToScreen(xlsx.getLayoutBounds())).isEqualTo(xlsxAt);

        // A long failure message (a file where the folder should be) wraps onto more lines.
        Path notAFolder = Files.writeString(dir.resolve("a file with a long name standing where a folder should"
                + " be for this export.txt"), "x");
        robot.doubleClickOn(folder).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(notAFolder.resolve("inside").toString());
        robot.clickOn(docx);
        waitFor(() -> message.getText().startsWith("Export failed"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(xlsx.localToScreen(xlsx.getLayoutBounds())).isEqualTo(xlsxAt);
        assertThat(docx.localToScreen(docx.getLayoutBounds())).isEqualTo(docxAt);

        chooseTheme(robot, project.themes().list().get(3));
        waitFor(() -> !table.getItems().isEmpty());
        robot.clickOn(visibleRow(robot, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(xlsx.localToScreen(xlsx.getLayoutBounds())).isEqualTo(xlsxAt);
        assertThat(docx.localToScreen(docx.getLayoutBounds())).isEqualTo(docxAt);
    }

    /** Every word of every cell shown fits in its cell's wrapping width: no word is broken across lines. */
    private static void assertWordsFit(FxRobot robot, TableView<?> table) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> broken = new ArrayList<>();
        robot.interact(() -> {
            Text measure = new Text();
            for (Node n : table.lookupAll(".table-cell")) {
                if (!(n instanceof javafx.scene.control.TableCell<?, ?> cell) || cell.isEmpty() || !cell.isVisible()
                        || !(cell.getGraphic() instanceof Text text) || text.getWrappingWidth() <= 0) {
                    continue;
                }
                measure.setFont(text.getFont());
                for (String word : text.getText().split("[\\s\u200B]+")) {
                    measure.setText(word);
                    if (measure.getLayoutBounds().getWidth() > text.getWrappingWidth() + 0.5) {
                        broken.add("'" + word + "' in " + cell.getTableColumn().getText() + " ("
                                + Math.round(measure.getLayoutBounds().getWidth()) + " px in "
                                + Math.round(text.getWrappingWidth()) + ")");
                    }
                }
            }
        });
        assertThat(broken).isEmpty();
    }

    private TableView<ThemeMatrix.Row> openMatrix(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        TableView<ThemeMatrix.Row> table = robot.lookup("#theme-matrix").queryTableView();
        waitFor(() -> table.isVisible() && table.getItems().size() > 3);
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    private static void chooseTheme(FxRobot robot, Theme theme) throws Exception {
        robot.clickOn("#matrix-theme");
        waitFor(() -> robot.lookup(".combo-box-popup .list-cell").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<Theme> c) -> c.getItem() != null
                && c.getItem().guid().equals(theme.guid())).queryAs(Node.class));
        ComboBox<Theme> box = robot.lookup("#matrix-theme").queryComboBox();
        waitFor(() -> box.getValue() != null && box.getValue().guid().equals(theme.guid()));
    }

    private static Node tabHeader(FxRobot robot, String title) {
        return robot.lookup(".tab-pane > .tab-header-area .tab").match((Node t) -> t.lookup(".tab-label")
                instanceof Label l && l.getText().equals(title)).query();
    }

    private static Node visibleRow(FxRobot robot, int index) {
        return robot.lookup("#theme-matrix .table-row-cell").match((javafx.scene.control.TableRow<?> r) ->
                r.getIndex() == index && !r.isEmpty()).query();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
