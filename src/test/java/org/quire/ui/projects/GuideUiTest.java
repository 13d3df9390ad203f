package org.quire.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.SourceId;
import org.quire.model.Theme;
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

/** The guided path in the real window, driven with the mouse: a new project for a student, and Help → Guide. */
@ExtendWith(ApplicationExtension.class)
class GuideUiTest {
    @TempDir
    static Path dir;

    private FxTaskRunner runner;
    private ProjectSession session;
    private Stage stage;
    private Path first;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        first = project("Interviews", "Interviews 2017", "Ward sister interview.txt");
        runner = new FxTaskRunner();
        session = new ProjectSession(runner, new UserSettings(new ProjectSessionTest.MapStore()), "Ann");
        ProjectShell shell = new ProjectShell(session, runner, new DisplaySettings(new org.quire.ui.prefs.MemoryDisplay()));
        stage.setScene(new Scene(shell.build(), 1400, 900));
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
    void aNewProjectForSomeoneLearningOpensTheGuideAndItsMakeACandidateThemeButtonMakesOne(FxRobot robot)
            throws Exception {
        waitFor(() -> "Interviews 2017 — Quire".equals(stage.getTitle()));
        waitFor(() -> shown(robot, "#sources") != null);
        // A project made without the guide does not show it.
        assertThat(selectedTab(robot)).isNotEqualTo("guide-tab");

        robot.clickOn("File");
        waitFor(() -> shown(robot, "#menu-new-project") != null);
        robot.clickOn(shown(robot, "#menu-new-project"));
        waitFor(() -> shown(robot, "#new-project-panel") != null);
        robot.clickOn("#new-project-title").eraseText(20).write("Learning TA");
        robot.clickOn("#new-project-learning-yes");
        robot.clickOn("#new-project-create");

        waitFor(() -> "Learning TA — Quire".equals(stage.getTitle()));
        waitFor(() -> "guide-tab".equals(selectedTab(robot)) && shown(robot, "#guide-phase-3") != null);
        Project created = session.projectProperty().get();
        assertThat(created.guide().shownOnOpen()).isTrue();

        waitFor(() -> shown(robot, "#guide-phase-3 .title") != null);
        robot.clickOn(shown(robot, "#guide-phase-3 .title"));
        waitFor(() -> shown(robot, "#guide-step-new-theme-3") != null);
        robot.clickOn(shown(robot, "#guide-step-new-theme-3"));
        waitFor(() -> "themes-tab".equals(selectedTab(robot)) && shown(robot, "#theme-prompt-answer") != null);
        robot.clickOn(shown(robot, "#theme-prompt-answer")).write("Partnership as performance").type(KeyCode.ENTER);

        waitFor(() -> created.themes().list().stream().map(Theme::name).toList()
                .equals(List.of("Partnership as performance")));
        // F1 (Help → Guide) brings the guide back, and phase 3 now shows the theme.
        robot.type(KeyCode.F1);
        waitFor(() -> "guide-tab".equals(selectedTab(robot)));
        waitFor(() -> robot.lookup("#guide-progress-3 .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("• candidate themes: 1 of 1")));
    }

    @Test
    void helpGuideOpensItAnywhereItsStepOpensTheUnreadSourceAndACheckItemOpensWhatItNames(FxRobot robot)
            throws Exception {
        waitFor(() -> "Interviews 2017 — Quire".equals(stage.getTitle()));
        waitFor(() -> shown(robot, "#sources") != null);

        robot.clickOn("Help");
        waitFor(() -> shown(robot, "#menu-guide") != null);
        robot.clickOn(shown(robot, "#menu-guide"));
        waitFor(() -> "guide-tab".equals(selectedTab(robot)) && shown(robot, "#guide-run-checks") != null);

        robot.clickOn(shown(robot, "#guide-run-checks"));
        waitFor(() -> shown(robot, "#guide-check-sources-not-opened") != null);
        Hyperlink unread = robot.lookup("#guide-check-sources-not-opened .hyperlink").queryAs(Hyperlink.class);
        assertThat(unread.getText()).isEqualTo("Ward sister interview");
        robot.clickOn(unread);
        waitFor(() -> selectedTabData(robot) instanceof SourceId);
        assertThat(selectedTabText(robot)).isEqualTo("Ward sister interview");

        // The step of phase 1: once read, nothing is left to open, and the guide says so.
        robot.type(KeyCode.F1);
        waitFor(() -> "guide-tab".equals(selectedTab(robot)));
        waitFor(() -> shown(robot, "#guide-phase-1 .title") != null);
        robot.clickOn(shown(robot, "#guide-phase-1 .title"));
        waitFor(() -> shown(robot, "#guide-step-open-unread-sources-1") != null);
        robot.clickOn(shown(robot, "#guide-step-open-unread-sources-1"));
        waitFor(() -> shown(robot, "#guide-message") != null && robot.lookup("#guide-message").queryAs(Label.class)
                .getText().equals("Every source has been opened at least once."));
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

    private static Tab selected(FxRobot robot) {
        return robot.lookup(".tab-pane").match((Node n) -> n.getScene() != null && n.isVisible()
                        && ((TabPane) n).getTabs().stream().anyMatch(t -> "search-tab".equals(t.getId())))
                .tryQueryAs(TabPane.class).map(p -> p.getSelectionModel().getSelectedItem()).orElse(null);
    }

    private static String selectedTab(FxRobot robot) {
        Tab t = selected(robot);
        return t == null ? null : t.getId();
    }

    private static Object selectedTabData(FxRobot robot) {
        Tab t = selected(robot);
        return t == null ? null : t.getUserData();
    }

    private static String selectedTabText(FxRobot robot) {
        Tab t = selected(robot);
        return t == null ? null : t.getText();
    }

    /** The node on screen with this id (screens no longer shown may keep nodes of the same id). */
    private static Node shown(FxRobot robot, String id) {
        return robot.lookup(id).match((Node n) -> n.getScene() != null && n.isVisible()).tryQuery().orElse(null);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
