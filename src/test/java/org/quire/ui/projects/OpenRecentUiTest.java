package org.quire.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Source;
import org.quire.service.Project;
import org.quire.service.sources.ImportOptions;
import org.quire.service.sources.ImportProgress;
import org.quire.ui.common.FxTaskRunner;
import org.quire.ui.prefs.DisplaySettings;
import org.quire.ui.prefs.UserSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Switching projects through File → Open recent in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class OpenRecentUiTest {
    @TempDir
    static Path dir;

    private FxTaskRunner runner;
    private ProjectSession session;
    private Stage stage;
    private Path first;
    private Path second;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        first = project("Interviews", "Interviews 2017", "Ward sister interview.txt");
        second = project("Minutes", "Steering group minutes", "Minutes March.txt");
        ProjectSessionTest.MapStore store = new ProjectSessionTest.MapStore();
        UserSettings settings = new UserSettings(store);
        settings.opened(second, "Steering group minutes");
        runner = new FxTaskRunner();
        session = new ProjectSession(runner, settings, "Ann");
        ProjectShell shell = new ProjectShell(session, runner, new DisplaySettings(new org.quire.ui.prefs.MemoryDisplay()));
        stage.setScene(new Scene(shell.build(), 1400, 850));
        stage.titleProperty().bind(shell.windowTitle());
        stage.show();
        session.open(first);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session.shutdown()).get();
        runner.close();
    }

    @Test
    void openingTheSecondProjectFromOpenRecentShowsItsTitleAndItsSources(FxRobot robot) throws Exception {
        waitFor(() -> "Interviews 2017 — Quire".equals(stage.getTitle()));
        waitFor(() -> sourceNames(robot).equals(List.of("Ward sister interview")));

        robot.clickOn("File");
        waitFor(() -> shown(robot, "#menu-open-recent") != null);
        javafx.scene.Node recentMenu = shown(robot, "#menu-open-recent");
        robot.clickOn(recentMenu);
        // The project open now is listed first and greyed out; the one before it comes second.
        waitFor(() -> shown(robot, "#recent-2") != null);
        javafx.scene.Node item = shown(robot, "#recent-2");
        // Across into the submenu first, as a hand would: a diagonal path crosses other items and closes it.
        javafx.geometry.Bounds menuBounds = recentMenu.localToScreen(recentMenu.getBoundsInLocal());
        javafx.geometry.Bounds itemBounds = item.localToScreen(item.getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(itemBounds.getMinX() + 30, menuBounds.getCenterY()));
        robot.clickOn(item);

        waitFor(() -> "Steering group minutes — Quire".equals(stage.getTitle()));
        waitFor(() -> sourceNames(robot).equals(List.of("Minutes March")));
        assertThat(session.projectProperty().get().folder()).isEqualTo(second);
        // The first project was closed on the way: its lock is free again.
        WaitForAsyncUtils.waitForFxEvents();
        Project.open(first, "Someone else").close();
    }

    @Test
    void helpAboutSaysWhichQuireAndJavaRunAndEscClosesIt(FxRobot robot) throws Exception {
        waitFor(() -> "Interviews 2017 — Quire".equals(stage.getTitle()));
        // The title comes before the workbench replaces the start screen (and its Help menu).
        waitFor(() -> sourceNames(robot).equals(List.of("Ward sister interview")));

        robot.clickOn("Help");
        waitFor(() -> shown(robot, "#menu-about") != null);
        robot.clickOn(shown(robot, "#menu-about"));

        waitFor(() -> shown(robot, "#about-panel") != null);
        javafx.scene.control.Label version = robot.lookup("#about-version").queryAs(javafx.scene.control.Label.class);
        assertThat(version.getText()).startsWith("Quire ");
        assertThat(robot.lookup("#about-panel .label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Runs on Java " + Runtime.version().feature()));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitFor(() -> shown(robot, "#about-panel") == null);
    }

    @Test
    void aDroppedProjectFolderOpensAndADroppedQdpxIsImportedOnlyIntoAnOpenWorkbench() throws Exception {
        Path qdpx = Files.writeString(dir.resolve("From NVivo.qdpx"), "zip");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "text");

        assertThat(ProjectShell.projectIn(List.of(first.toFile()), false)).isEqualTo(first);
        assertThat(ProjectShell.projectIn(List.of(qdpx.toFile()), true)).isEqualTo(qdpx);
        assertThat(ProjectShell.projectIn(List.of(qdpx.toFile()), false)).isNull();
        assertThat(ProjectShell.projectIn(List.of(notes.toFile()), true)).isNull();
        assertThat(ProjectShell.projectIn(List.of(first.toFile(), second.toFile()), true)).isNull();
    }

    private static Path project(String name, String title, String file) throws Exception {
        Path text = dir.resolve(file);
        Files.writeString(text, "A fictional line of " + title + ".");
        Path folder = dir.resolve(name + "-" + System.nanoTime() + ".quire");
        try (Project p = Project.create(folder, title, "Setup")) {
            p.sources().importPaths(List.of(text), ImportOptions.defaults(), ImportProgress.NONE, () -> false);
        }
        return folder;
    }

    // Read on the JavaFX thread, which swaps the start screen for the workbench and fills the pane:
    // read from here, the pane could go or change between looking it up and reading its rows.
    private static List<String> sourceNames(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#sources").tryQuery().isPresent()
                ? org.quire.ui.SourceList.of(robot).getItems().stream().map(Source::name).toList()
                : List.<String>of()).get(5, TimeUnit.SECONDS);
    }

    /** The menu item on screen (menus of screens no longer shown may keep nodes of the same id). */
    private static javafx.scene.Node shown(FxRobot robot, String id) {
        return robot.lookup(id).match((javafx.scene.Node n) -> n.getScene() != null && n.isVisible()).tryQuery()
                .orElse(null);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
