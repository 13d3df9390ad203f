package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.FrameworkMatrix;
import org.quire.model.ThemeMatrix;
import org.quire.service.Project;
import org.quire.service.SampleProject;
import org.quire.ui.common.FxTaskRunner;
import org.quire.ui.workbench.WorkbenchView;
import org.quire.ui.workbench.WorkbenchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The theme matrix through the real window on the sample project, headless, in a small (1024×700)
 * window: open it by its shortcut, note an extract, choose it as a quotation, export xlsx and read
 * the note back from the file; then the framework matrix by its shortcut.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeMatrixUiTest {
    private static final String NOTE = "set against the council minutes of March";

    @TempDir
    static Path dir;

    private static Project project;
    private FxTaskRunner runner;

    @BeforeAll
    static void buildSample() throws Exception {
        project = SampleProject.build(SampleProject.findManifest(Path.of("")), dir.resolve("Sample.quire"));
    }

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner();
        WorkbenchViewModel vm = new WorkbenchViewModel(project, runner);
        stage.setScene(new Scene(new WorkbenchView(vm, runner).build(), 1024, 700));
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
    void noteAnExtractFlagItAsAQuoteExportXlsxAndFindTheNoteInTheFile(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> "theme-matrix-tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        TableView<ThemeMatrix.Row> table = robot.lookup("#theme-matrix").queryTableView();
        waitFor(() -> table.getItems().size() > 3);
        String theme = project.themes().list().get(0).name();

        // An extract the sample has neither noted nor chosen yet.
        int index = java.util.stream.IntStream.range(0, table.getItems().size())
                .filter(i -> !table.getItems().get(i).quote() && table.getItems().get(i).note().isEmpty())
                .findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(index));
        ThemeMatrix.Row row = table.getItems().get(index);
        robot.clickOn("#matrix-note").write(NOTE);
        robot.clickOn("#save-note");
        waitFor(() -> note(theme, row).note().equals(NOTE));
        waitFor(() -> table.getItems().get(index).note().equals(NOTE));

        robot.clickOn("#matrix-quote");
        waitFor(() -> note(theme, row).quote());
        assertThat(robot.lookup("#matrix-quote").queryAs(CheckBox.class).isSelected()).isTrue();

        Path out = Files.createDirectories(dir.resolve("exports"));
        robot.interact(() -> robot.lookup("#matrix-export-folder").queryAs(TextField.class).setText(out.toString()));
        robot.clickOn("#matrix-export-xlsx");
        Label message = robot.lookup("#matrix-export-message").queryAs(Label.class);
        waitFor(() -> message.getText().startsWith("Exported"));
        Path file = out.resolve(project.title().replace(":", "") + " - " + theme + " theme matrix.xlsx");
        assertThat(message.getText()).contains(file.toString());
        assertThat(file).exists();
        assertThat(cellTexts(file)).contains(NOTE);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> "framework-tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        TableView<Integer> framework = robot.lookup("#framework-matrix").queryTableView();
        waitFor(() -> framework.getItems().size() == project.sources().list().size());
        FrameworkMatrix f = project.frameworks().framework("sources", "themes");
        assertThat(framework.getColumns()).hasSize(f.columns().size() + 1);
    }

    private static ThemeMatrix.Row note(String theme, ThemeMatrix.Row row) {
        return project.themeMatrices().matrix(theme, null).rows().stream()
                .filter(r -> r.codingGuid().equals(row.codingGuid())).findFirst().orElseThrow();
    }

    private static List<String> cellTexts(Path xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row r : sheet) {
                    for (Cell c : r) {
                        out.add(c.toString());
                    }
                }
            }
        }
        return out;
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
