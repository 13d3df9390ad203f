package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.service.Project;
import org.quire.service.exchange.ExportOptions;
import org.quire.ui.review.ChangesModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Changes since review" view driven with the mouse: reached from the Review tab, it lists what
 * changed since the Word report went to the supervisor, the edited definition word by word, and
 * opens an added extract at its passage and a theme at its matrix.
 */
@ExtendWith(ApplicationExtension.class)
class ChangesSinceReviewUiTest {
    private static final String TEXT = "Volunteers stayed late to finish the rota without being asked.\n\n"
            + "The coordinator made tea for everyone before the meeting.\n";

    @TempDir
    static Path dir;

    private WorkbenchWindow window;
    private Project project;
    private Source source;
    private Theme care;

    @Start
    void start(Stage stage) throws Exception {
        project = WorkbenchWindow.projectWith(dir, "notes.txt", TEXT);
        source = project.sources().list().get(0);
        var node = project.nodes().createPath("Going the extra mile", "Unasked extra effort", null);
        project.codings().code(source.id(), node.id(), new Span(0, 10));
        care = project.themes().create("Everyday care", "Small acts that hold the partnership together", null,
                List.of(node.id()));
        project.exports().export(ExportOptions.of(ExportOptions.Format.DOCX, ExportOptions.What.REPORT),
                dir.resolve("report-" + System.nanoTime() + ".docx"));
        project.themes().define(care.id(), "Small unasked acts that keep the partnership together");
        int tea = TEXT.indexOf("The coordinator");
        project.codings().code(source.id(), node.id(), new Span(tea, tea + 40));
        window = WorkbenchWindow.show(stage, project, null, 1200, 760);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void theChangesAreReachedFromTheReviewTabShownWordByWordAndOpenTheirObjects(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        // View → Review, then the Review pane's button.
        robot.clickOn("View");
        waitFor(() -> shown(robot, "#menu-review") != null);
        robot.clickOn(shown(robot, "#menu-review"));
        waitFor(() -> "review-tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        robot.clickOn("#review-changes");
        waitFor(() -> "changes-tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        ListView<ChangesModel.Row> list = robot.lookup("#changes-list").queryListView();
        waitFor(() -> list.getItems().size() == 3);
        assertThat(robot.lookup("#changes-title").queryAs(Label.class).getText())
                .startsWith("Changes since the Word report 'report-");
        assertThat(list.getItems()).extracting(ChangesModel.Row::text).containsExactly("Theme 'Everyday care'",
                "Definition edited", "Extract added: \"The coordinator made tea for everyone be\" (notes)");

        // The edited words: "unasked " inserted, "hold" struck through (once the cells are drawn).
        waitFor(() -> !robot.lookup("#changes-list .changes-diff Text").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<Text> words = robot.lookup("#changes-list .changes-diff Text").queryAllAs(Text.class).stream().toList();
        assertThat(words).filteredOn(Text::isStrikethrough).extracting(Text::getText).containsExactly("hold");
        assertThat(words).filteredOn(Text::isUnderline).extracting(Text::getText).containsExactly("unasked ", "keep");

        // The added extract opens at its passage in the source.
        robot.clickOn(row(robot, 2));
        robot.clickOn("#changes-open");
        waitFor(() -> window.vm.documentProperty().get() != null
                && window.vm.documentProperty().get().source().id().equals(source.id()));

        // Back by View → Changes since review; a double-click on the theme opens its matrix.
        robot.clickOn("View");
        waitFor(() -> shown(robot, "#menu-review-changes") != null);
        robot.clickOn(shown(robot, "#menu-review-changes"));
        waitFor(() -> "changes-tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        waitFor(() -> list.getItems().size() == 3);
        robot.doubleClickOn(row(robot, 0));
        waitFor(() -> "theme-matrix-tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#changes-list .list-cell").match((ListCell<?> c) -> c.getIndex() == index && !c.isEmpty())
                .query();
    }

    private static Node shown(FxRobot robot, String id) {
        return robot.lookup(id).match((Node n) -> n.getScene() != null && n.isVisible()).tryQuery().orElse(null);
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
    }
}
