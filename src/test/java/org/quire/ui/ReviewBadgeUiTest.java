package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.ReviewStatus;
import org.quire.model.Theme;
import org.quire.service.Project;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A theme card on the board shows how many of the supervisor's comments on it are still open. */
@ExtendWith(ApplicationExtension.class)
class ReviewBadgeUiTest {
    @TempDir
    static Path dir;

    private WorkbenchWindow window;
    private Project project;
    private Theme care;
    private Theme power;

    @Start
    void start(Stage stage) throws Exception {
        project = WorkbenchWindow.projectWith(dir, "notes.txt", "Volunteers stayed late to finish the rota.\n");
        care = project.themes().create("Everyday care", "Small acts", null, List.of());
        power = project.themes().create("Power elsewhere", "Decisions made before", null, List.of());
        Path file = dir.resolve("badge-review-" + System.nanoTime() + ".quirereview");
        Files.writeString(file, "{\"format\":\"quire-review\",\"project\":{\"guid\":\"" + project.guid()
                + "\",\"title\":\"UI test\"},\"reviewer\":\"Dr Lee\",\"comments\":["
                + "{\"anchor\":\"theme-definition:" + care.guid() + "\",\"text\":\"Too broad\",\"quoted\":\"Small acts\"},"
                + "{\"anchor\":\"theme-narrative:" + care.guid() + "\",\"text\":\"Write one\",\"quoted\":\"\"}]}");
        project.reviews().importFile(file);
        window = WorkbenchWindow.show(stage, project, null, 1200, 760);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aCardCountsItsOpenCommentsAndLosesTheBadgeWhenTheyAreResolved(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        selectTab(robot, tabs, "themes-tab");
        waitFor(() -> badge(robot, care) != null);
        assertThat(badge(robot, care).getText()).isEqualTo("2");
        assertThat(badge(robot, care).getTooltip().getText()).isEqualTo("2 open review comments");
        assertThat(badge(robot, power)).isNull();

        // Resolve one in the Review pane, with the mouse: the card counts one.
        selectTab(robot, tabs, "review-tab");
        waitFor(() -> robot.lookup("#review-list .list-cell").match((ListCell<?> c) -> !c.isEmpty()).queryAll()
                .size() == 2);
        robot.clickOn(robot.lookup("#review-list .list-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#review-resolve");
        waitFor(() -> project.reviews().list(ReviewStatus.RESOLVED).size() == 1);
        selectTab(robot, tabs, "themes-tab");
        waitFor(() -> badge(robot, care) != null && badge(robot, care).getText().equals("1"));
    }

    private static void selectTab(FxRobot robot, TabPane tabs, String id) {
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Label badge(FxRobot robot, Theme theme) {
        Node card = robot.lookup("#card-" + theme.guid()).tryQuery().orElse(null);
        return card == null ? null : card.lookupAll(".review-badge").stream().filter(n -> n.isVisible())
                .map(Label.class::cast).findFirst().orElse(null);
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
    }
}
