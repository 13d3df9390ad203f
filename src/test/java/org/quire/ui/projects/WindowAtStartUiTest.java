package org.quire.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.service.Project;
import org.quire.ui.common.FxTaskRunner;
import org.quire.ui.prefs.DisplaySettings;
import org.quire.ui.prefs.UserSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At start the window shows once the project it opens is in it, laid out once with the workbench
 * and the code book's first rows, and not first with the start screen; a project slow to open
 * shows the start screen saying so after the wait.
 */
@ExtendWith(ApplicationExtension.class)
class WindowAtStartUiTest {
    @TempDir
    static Path dir;

    private FxTaskRunner runner;
    private ProjectSession session;
    private ProjectShell shell;
    private Stage stage;
    /** What the window held each time it became visible: "workbench with N rows" or "start screen". */
    private final List<String> atShow = new ArrayList<>();

    @BeforeAll
    static void project() throws Exception {
        try (Project p = Project.create(dir.resolve("Study.quire"), "Study", "Ann")) {
            for (int i = 0; i < 5; i++) {
                p.nodes().create(null, "Theme " + i, "", null);
            }
        }
    }

    @Start
    void start(Stage stage) {
        // The test toolkit's one window may still show from an earlier test.
        stage.hide();
        this.stage = stage;
        runner = new FxTaskRunner();
        session = new ProjectSession(runner, new UserSettings(new ProjectSessionTest.MapStore()), "Ann");
        shell = new ProjectShell(session, runner, new DisplaySettings(new org.quire.ui.prefs.MemoryDisplay()));
        stage.setScene(new Scene(shell.build(), 1280, 720));
        stage.showingProperty().addListener((o, was, showing) -> {
            if (showing) {
                atShow.add(stage.getScene().lookup("#nodes") instanceof TreeTableView<?> tree && tree.getRoot() != null
                        ? "workbench with " + tree.getRoot().getChildren().size() + " rows"
                        : stage.getScene().lookup("#start-new") != null ? "start screen" : "something else");
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session.shutdown()).get();
        runner.close();
    }

    @Test
    void theWindowFirstShowsWithTheProjectItOpensAndItsCodeBook(FxRobot robot) throws Exception {
        robot.interact(() -> {
            session.openAtStart(dir.resolve("Study.quire"), () -> {
                throw new AssertionError("the sample is not needed");
            });
            shell.showWhenOpen(stage, Duration.seconds(30), () -> { });
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, stage::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(atShow).containsExactly("workbench with 5 rows");
    }

    @Test
    void aProjectSlowToOpenShowsTheStartScreenAfterTheWaitThenTheWorkbench(FxRobot robot) throws Exception {
        CountDownLatch carryOn = new CountDownLatch(1);
        Path slow = dir.resolve("Slow.quire");
        robot.interact(() -> {
            session.openAtStart(null, () -> {
                carryOn.await(20, TimeUnit.SECONDS);
                Project.create(slow, "Slow", "Ann").close();
                return slow;
            });
            shell.showWhenOpen(stage, Duration.millis(300), () -> { });
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, stage::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(atShow).containsExactly("start screen");
        assertThat(robot.lookup(".detail-title").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.getText().equals("Opening the project…"));
        carryOn.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shell.workbench() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(atShow).hasSize(1);
    }
}
