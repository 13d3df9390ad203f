package org.quire.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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

/** The first start builds the sample project: the start screen says what it is doing and how far it is. */
@ExtendWith(ApplicationExtension.class)
class StartProgressUiTest {
    @TempDir
    static Path dir;

    private FxTaskRunner runner;
    private ProjectSession session;

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner();
        session = new ProjectSession(runner, new UserSettings(new ProjectSessionTest.MapStore()), "Ann");
        ProjectShell shell = new ProjectShell(session, runner,
                new DisplaySettings(new org.quire.ui.prefs.MemoryDisplay()));
        stage.setScene(new Scene(shell.build(), 1280, 720));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session.shutdown()).get();
        runner.close();
    }

    @Test
    void whileTheSampleIsBuiltTheStartScreenShowsTheStepAndABarThatFills(FxRobot robot) throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch carryOn = new CountDownLatch(1);
        Path sample = dir.resolve("Sample.quire");
        robot.interact(() -> session.openAtStart(null, () -> {
            Platform.runLater(() -> session.progress("Building the sample project: Importing day 1.txt…", 0.25));
            halfway.countDown();
            carryOn.await(20, TimeUnit.SECONDS);
            Project.create(sample, "Sample", "Ann").close();
            return sample;
        }));
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#start-progress-text").tryQuery()
                .map(n -> ((Label) n).getText()).orElse("").startsWith("Building the sample project: Importing day 1.txt"));
        ProgressBar bar = robot.lookup("#start-progress").queryAs(ProgressBar.class);
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getProgress()).isEqualTo(0.25);

        carryOn.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> session.projectProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.progressProperty().get()).isNull();
    }
}
