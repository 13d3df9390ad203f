package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Node;
import org.quire.model.ReviewStatus;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.service.Project;
import org.quire.service.review.ReviewItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Review pane driven with the mouse: a supervisor's comments listed, opened, answered and resolved. */
@ExtendWith(ApplicationExtension.class)
class ReviewUiTest {
    private static final String TEXT = "Volunteers stayed late to finish the rota without being asked.\n";

    @TempDir
    static Path dir;

    private WorkbenchWindow window;
    private Project project;
    private Source source;
    private Node node;

    @Start
    void start(Stage stage) throws Exception {
        project = WorkbenchWindow.projectWith(dir, "notes.txt", TEXT);
        source = project.sources().list().get(0);
        node = project.nodes().createPath("Going the extra mile", "Unasked extra effort", null);
        var coding = project.codings().code(source.id(), node.id(), new Span(0, 10));
        Theme care = project.themes().create("Everyday care", "Small acts", null, List.of(node.id()));
        Path file = dir.resolve("UI-review-" + System.nanoTime() + ".quirereview");
        Files.writeString(file, "{\"format\":\"quire-review\",\"project\":{\"guid\":\"" + project.guid()
                + "\",\"title\":\"UI test\"},\"reviewer\":\"Dr Lee\",\"comments\":["
                + "{\"anchor\":\"extract:" + coding.guid() + "\",\"text\":\"Who asked them?\",\"quoted\":\"Volunteers\"},"
                + "{\"anchor\":\"theme-definition:" + care.guid() + "\",\"text\":\"Too broad\",\"quoted\":\"Small acts\"}]}");
        window = WorkbenchWindow.show(stage, project, null, 1200, 760);
        window.view.review().importFile(file);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aCommentIsOpenedAtItsExtractAnsweredAndResolvedFromTheReviewPane(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        // View → Review, by its shortcut.
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.V).release(KeyCode.V, KeyCode.ALT, KeyCode.CONTROL);
        waitFor(() -> "review-tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        ListView<ReviewItem> list = robot.lookup("#review-list").queryListView();
        waitFor(() -> list.getItems().size() == 2);
        assertThat(robot.lookup("#review-message").queryLabeled().getText()).contains("Imported 2 comments");

        robot.clickOn(robot.lookup("#review-list").lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#review-open");
        waitFor(() -> window.vm.documentProperty().get() != null
                && window.vm.documentProperty().get().source().id().equals(source.id()));

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.V).release(KeyCode.V, KeyCode.ALT, KeyCode.CONTROL);
        waitFor(() -> "review-tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        robot.clickOn(robot.lookup("#review-list").lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#review-reply").write("Nobody did: the note says so.");
        robot.clickOn("#review-reply-button");
        waitFor(() -> project.reviews().list(ReviewStatus.ANSWERED).size() == 1);
        waitFor(() -> list.getItems().get(0).comment().status() == ReviewStatus.ANSWERED);
        assertThat(project.reviews().list(ReviewStatus.ANSWERED).get(0).comment().replies().get(0).body())
                .isEqualTo("Nobody did: the note says so.");

        robot.clickOn(robot.lookup("#review-list").lookup(".list-cell").nth(1).queryAs(javafx.scene.Node.class));
        robot.clickOn("#review-resolve");
        waitFor(() -> project.reviews().list(ReviewStatus.RESOLVED).size() == 1);

        // Only the open ones: none is left open.
        robot.clickOn("#review-filter");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitFor(() -> list.getItems().isEmpty());
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
    }
}
