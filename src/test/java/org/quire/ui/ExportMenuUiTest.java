package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions.Format;
import org.quire.service.exchange.ExportOptions.What;
import org.quire.ui.prefs.DisplaySettings;
import org.quire.ui.workbench.WorkbenchView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export holds every export; after one, Open and Show in folder hand the file to the desktop. */
@ExtendWith(ApplicationExtension.class)
class ExportMenuUiTest {
    @TempDir
    static Path dir;

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private WorkbenchWindow window;
    private WorkbenchView view;

    @Start
    void start(Stage stage) {
        Project project = WorkbenchWindow.projectWith(dir);
        project.nodes().createPath("Trust", "Relying on partners", null);
        window = WorkbenchWindow.show(stage, project, new WorkbenchView.Shell(List.of(), List.of(),
                new DisplaySettings(new org.quire.ui.prefs.MemoryDisplay()), List.of(), opened::add), 1200, 760);
        view = window.view;
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void everyExportIsUnderFileExportAndTheFileCanBeOpenedOrShownInItsFolder(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().stream().filter(m -> m.getText().equals("File")).findFirst().orElseThrow();
        Menu export = (Menu) file.getItems().stream().filter(i -> "export-menu".equals(i.getId())).findFirst().orElseThrow();
        assertThat(export.getItems()).extracting(MenuItem::getText).contains("Report", "Theme matrices",
                "Framework matrix", "Code book", "Word frequencies", "QDPX (whole project, REFI-QDA)…",
                "QDC (code book, REFI-QDA)…");
        Menu report = (Menu) export.getItems().stream().filter(i -> "Report".equals(i.getText())).findFirst().orElseThrow();
        assertThat(report.getItems()).extracting(MenuItem::getText)
                .containsExactly("Word document (.docx)…", "Review page for a browser (.html)…");

        Path out = Files.createDirectories(dir.resolve("Documents")).resolve("Code book.xlsx");
        robot.interact(() -> view.exports().export(What.CODEBOOK, Format.XLSX, out));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#export-open").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(Files.size(out)).isPositive();
        assertThat(view.statusText()).isEqualTo("Exported to " + out);

        robot.clickOn("#export-open");
        robot.clickOn("#export-show-folder");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> opened.size() == 2);
        assertThat(opened).containsExactly(out.toUri().toString(), out.getParent().toUri().toString());
    }
}
