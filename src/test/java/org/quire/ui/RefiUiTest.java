package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.service.Project;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;
import org.quire.ui.common.FxTaskRunner;
import org.quire.ui.workbench.WorkbenchView;
import org.quire.ui.workbench.WorkbenchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The REFI-QDA panel in the real window: an export, then an import whose report is shown. */
@ExtendWith(ApplicationExtension.class)
class RefiUiTest {
    @TempDir
    static Path dir;

    private Project project;
    private FxTaskRunner runner;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "The kettle broke again.\n\nTea in the hall.");
        project = Project.create(dir.resolve("UI-" + System.nanoTime() + ".quire"), "UI test", "Ann");
        project.sources().importPaths(List.of(notes), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
        project.nodes().createPath("Kitchen/Kettle", "", null);
        runner = new FxTaskRunner();
        vm = new WorkbenchViewModel(project, runner);
        stage.setScene(new Scene(new WorkbenchView(vm, runner).build(), 1100, 700));
        stage.show();
        vm.load();
    }

    @AfterEach
    void close() {
        runner.close();
        project.close();
    }

    @Test
    void theImportReportIsShownInTheWindowWithAButtonToOpenTheNewProject(FxRobot robot) throws Exception {
        Path qdpx = dir.resolve("export-" + System.nanoTime() + ".qdpx");
        robot.interact(() -> vm.refi().exportQdpx(qdpx));
        ListView<String> report = robot.lookup("#refi-report").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !report.getItems().isEmpty()
                && report.getItems().get(0).startsWith("Exported"));
        Path folder = dir.resolve("Copy-" + System.nanoTime() + ".quire");
        robot.interact(() -> vm.refi().importProject(qdpx, folder));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> report.getItems().contains("Everything in the file was carried over."));
        assertThat(report.getItems()).contains("  codes (as nodes): 2", "  sources: 1");
        assertThat(robot.lookup("#refi-open").query().isVisible()).isTrue();
        assertThat(robot.lookup("#refi-panel").query().isVisible()).isTrue();
        screenshot(robot, robot.lookup("#refi-panel").query().getScene().getRoot());

        robot.clickOn("#refi-close");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#refi-panel").query().isVisible());
    }

    @Test
    void aFileNamingFilesOutsideItsArchiveAsksFirstAndImportsWithoutThemWhenTold(FxRobot robot) throws Exception {
        Path qde = Files.writeString(dir.resolve("outside-" + System.nanoTime() + ".qde"), "<Project xmlns=\"urn:QDA-XML"
                + ":project:1.0\" name=\"X\"><Sources><TextSource guid=\"0b000000-0000-4000-8000-000000000001\""
                + " name=\"Note\" plainTextPath=\"absolute:///home/someone/notes.txt\"/></Sources></Project>");
        Path folder = dir.resolve("Asked-" + System.nanoTime() + ".quire");
        robot.interact(() -> vm.refi().importProject(qde, folder));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#refi-skip-outside").query().isVisible());
        ListView<String> report = robot.lookup("#refi-report").queryListView();
        assertThat(report.getItems()).contains("  absolute:///home/someone/notes.txt");
        assertThat(robot.lookup("#refi-allow-folder").query().isVisible()).isTrue();
        assertThat(folder).doesNotExist();
        screenshot(robot, robot.lookup("#refi-panel").query().getScene().getRoot());

        robot.clickOn("#refi-skip-outside");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> report.getItems().contains("Files outside the archive:"));
        assertThat(robot.lookup("#refi-skip-outside").query().isVisible()).isFalse();
        assertThat(robot.lookup("#refi-open").query().isVisible()).isTrue();
        assertThat(folder).exists();
    }

    /** With -Dquire.screenshots=DIR, writes what the window shows (for looking at, not asserting). */
    private static void screenshot(FxRobot robot, Node root) throws Exception {
        String out = System.getProperty("quire.screenshots");
        if (out == null) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = root.snapshot(null, null));
        PixelReader pixels = image[0].getPixelReader();
        BufferedImage png = new BufferedImage((int) image[0].getWidth(), (int) image[0].getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(out));
        ImageIO.write(png, "png", Path.of(out, "refi-import-report.png").toFile());
    }
}
