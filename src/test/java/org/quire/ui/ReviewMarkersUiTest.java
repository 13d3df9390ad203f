package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Coding;
import org.quire.model.FrameworkMatrix;
import org.quire.model.ReviewStatus;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.model.Theme;
import org.quire.service.Project;
import org.quire.service.review.ReviewItem;
import org.quire.ui.document.CodingStripes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Markers of open review comments in the code book, the theme matrix, the framework matrix and the
 * document margin, driven with the mouse: a click opens the comment in the Review pane, resolving it
 * takes the marker away, and a comment imported while the window is open marks its passage.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewMarkersUiTest {
    private static final String TEXT = "The coordinator said the kettle is where the real meetings happen.\n\n"
            + "Volunteers stayed late to finish the rota without being asked.\n";

    @TempDir
    static Path dir;

    private WorkbenchWindow window;
    private Project project;
    private Source source;
    private org.quire.model.Node rota;
    private Coding rotaCoding;
    private Coding kettleCoding;
    private Theme care;

    @Start
    void start(Stage stage) throws Exception {
        project = WorkbenchWindow.projectWith(dir, "notes.txt", TEXT);
        source = project.sources().list().get(0);
        rota = project.nodes().createPath("Going the extra mile", "Unasked extra effort", null);
        var kettle = project.nodes().createPath("Kettle talk", "Informal talk at the kettle", null);
        kettleCoding = project.codings().code(source.id(), kettle.id(), new Span(0, TEXT.indexOf("happen.") + 7));
        int v = TEXT.indexOf("Volunteers");
        rotaCoding = project.codings().code(source.id(), rota.id(), new Span(v, TEXT.indexOf("asked.") + 6));
        care = project.themes().create("Everyday care", "Small acts", null, List.of(rota.id(), kettle.id()));
        project.frameworks().setSummary(new FrameworkMatrix.RowHead(source.guid(), "", source.name()), care.guid(),
                "Care in small things");
        importComments("{\"anchor\":\"code:" + rota.guid() + "\",\"text\":\"Extra to what?\"},"
                + "{\"anchor\":\"extract:" + rotaCoding.guid() + "\",\"text\":\"Who asked them?\"},"
                + "{\"anchor\":\"theme-definition:" + care.guid() + "\",\"text\":\"Too broad\"},"
                + "{\"anchor\":\"cell:" + source.guid() + "/" + care.guid() + "/\",\"text\":\"Whose care?\"}");
        window = WorkbenchWindow.show(stage, project, null, 1280, 720);
    }

    private void importComments(String comments) throws Exception {
        project.reviews().importFile(reviewFile(comments));
    }

    private Path reviewFile(String comments) throws Exception {
        Path file = dir.resolve("markers-" + System.nanoTime() + ".quirereview");
        Files.writeString(file, "{\"format\":\"quire-review\",\"project\":{\"guid\":\"" + project.guid()
                + "\",\"title\":\"UI test\"},\"reviewer\":\"Dr Lee\",\"comments\":[" + comments + "]}");
        return file;
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aNodeWithAnOpenCommentIsMarkedAndTheMarkerOpensItUntilItIsResolved(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        waitFor(() -> marker(robot, "#nodes") != null);
        Label marker = marker(robot, "#nodes");
        assertThat(marker.getText()).isEqualTo("1");
        assertThat(marker.getTooltip().getText()).isEqualTo("1 open review comment\nDr Lee: Extra to what?");
        assertThat(robot.lookup("#nodes").lookup(".review-marker").queryAll()).hasSize(1);

        robot.clickOn(marker);
        waitFor(() -> "review-tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        ListView<ReviewItem> list = robot.lookup("#review-list").queryListView();
        waitFor(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().comment().body().equals("Extra to what?"));

        robot.clickOn("#review-resolve");
        waitFor(() -> project.reviews().list(ReviewStatus.RESOLVED).size() == 1);
        waitFor(() -> marker(robot, "#nodes") == null);
    }

    @Test
    void theThemeItsExtractAndItsFrameworkCellAreMarkedAndEachMarkerOpensItsComment(FxRobot robot) {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        selectTab(robot, tabs, "theme-matrix-tab");
        waitFor(() -> marker(robot, "#matrix-theme-mark") != null && marker(robot, "#theme-matrix") != null);
        assertThat(marker(robot, "#matrix-theme-mark").getTooltip().getText()).endsWith("Dr Lee: Too broad");
        // Only the commented extract is marked, not the kettle's.
        assertThat(robot.lookup("#theme-matrix").lookup(".review-marker").queryAll()).hasSize(1);
        assertThat(marker(robot, "#theme-matrix").getTooltip().getText()).endsWith("Dr Lee: Who asked them?");

        settle();
        robot.clickOn(marker(robot, "#theme-matrix"));
        waitFor(() -> selected(robot) != null && selected(robot).comment().body().equals("Who asked them?"));

        selectTab(robot, tabs, "framework-tab");
        waitFor(() -> marker(robot, "#framework-matrix") != null);
        settle();
        assertThat(marker(robot, "#framework-matrix").getTooltip().getText()).endsWith("Dr Lee: Whose care?");
        robot.clickOn(marker(robot, "#framework-matrix"));
        waitFor(() -> "review-tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        waitFor(() -> selected(robot) != null && selected(robot).comment().body().equals("Whose care?"));

        // Answered, the cell's comment is no longer open: its marker goes.
        robot.clickOn("#review-reply").write("Mine, the researcher's reading.");
        robot.clickOn("#review-reply-button");
        waitFor(() -> project.reviews().list(ReviewStatus.ANSWERED).size() == 1);
        selectTab(robot, tabs, "framework-tab");
        waitFor(() -> marker(robot, "#framework-matrix") == null);
    }

    @Test
    void aPassageWhoseCodingGetsACommentIsMarkedInTheMarginAndTheMarkerOpensTheComment(FxRobot robot)
            throws Exception {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> window.vm.open(source));
        waitFor(() -> window.view.documentArea() != null && window.view.documentArea().getLength() > 0);
        CodingStripes stripes = robot.lookup("#coding-stripes").queryAs(CodingStripes.class);
        long rotaComment = project.reviews().openMarks().extract(rotaCoding.guid()).firstId();
        waitFor(() -> {
            robot.interact(stripes::redraw);
            return stripes.drawnMarkCount() == 1 && stripes.reviewMarkCentre(rotaComment).isPresent();
        });

        // A comment on the kettle passage comes in while the document is open: it gets a marker too.
        robot.interact(() -> {
            try {
                window.view.review().importFile(reviewFile("{\"anchor\":\"extract:" + kettleCoding.guid()
                        + "\",\"text\":\"Where is this kettle?\"}"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitFor(() -> {
            robot.interact(stripes::redraw);
            return stripes.drawnMarkCount() == 2;
        });
        long kettleComment = project.reviews().openMarks().extract(kettleCoding.guid()).firstId();
        Point2D at = stripes.reviewMarkCentre(kettleComment).orElseThrow();
        robot.clickOn(stripes.localToScreen(at.getX(), at.getY()));
        waitFor(() -> "review-tab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        waitFor(() -> selected(robot) != null && selected(robot).comment().id() == kettleComment);

        robot.clickOn("#review-resolve");
        waitFor(() -> {
            robot.interact(stripes::redraw);
            return stripes.drawnMarkCount() == 1 && stripes.reviewMarkCentre(kettleComment).isEmpty();
        });
    }

    // A screen read again on showing draws its cells anew: click a marker once the reads are done.
    private static void settle() {
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ReviewItem selected(FxRobot robot) {
        ListView<ReviewItem> list = robot.lookup("#review-list").queryListView();
        return list.getSelectionModel().getSelectedItem();
    }

    private static Label marker(FxRobot robot, String within) {
        Node pane = robot.lookup(within).tryQuery().orElse(null);
        return pane == null ? null : pane.lookupAll(".review-marker").stream()
                .filter(ReviewMarkersUiTest::shown)
                .map(Label.class::cast).findFirst().orElse(null);
    }

    // A virtual flow keeps spare cells, hidden, with their old contents: only a marker all of whose
    // parents are visible is one a person sees.
    private static boolean shown(Node n) {
        if (n.getScene() == null) {
            return false;
        }
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void selectTab(FxRobot robot, TabPane tabs, String id) {
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
    }
}
