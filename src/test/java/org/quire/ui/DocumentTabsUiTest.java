package org.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.coding.CodedPassage;
import org.quire.ui.workbench.WorkbenchView;
import org.quire.ui.workbench.WorkbenchViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Two sources in two document tabs: coding follows the selected tab, each keeps its selection, Ctrl+W closes. */
@ExtendWith(ApplicationExtension.class)
class DocumentTabsUiTest {
    @TempDir
    static Path dir;

    private Project project;
    private WorkbenchWindow window;
    private WorkbenchView view;
    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) {
        project = WorkbenchWindow.projectWith(dir, "notes.txt", "The north star of the partnership.\n\nTrust came later.",
                "minutes.txt", "Minutes of the steering group.\n\nMoney was short all year.");
        window = WorkbenchWindow.show(stage, project, null, 1400, 800);
        view = window.view;
        vm = window.vm;
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void twoSourcesOpenInTwoTabsCodingFollowsTheSelectedTabAndCtrlWClosesIt(FxRobot robot) throws Exception {
        SourceList sources = SourceList.of(robot);
        waitFor(() -> sources.getItems().size() == 2);
        TabPane tabs = robot.lookup(".tab-pane").match(n -> n instanceof TabPane t
                && t.getTabs().stream().anyMatch(tab -> "search-tab".equals(tab.getId()))).queryAs(TabPane.class);
        int fixedTabs = tabs.getTabs().size() - 1;
        Source minutes = sources.getItems().stream().filter(s -> s.name().startsWith("minutes")).findFirst().orElseThrow();
        Source notes = sources.getItems().stream().filter(s -> s.name().startsWith("notes")).findFirst().orElseThrow();

        SourceList.open(robot, sources, notes);
        waitFor(() -> text().startsWith("The north star"));
        robot.interact(() -> view.documentArea().selectRange(4, 14));
        var notesArea = view.documentArea();
        SourceList.open(robot, sources, minutes);
        waitFor(() -> text().startsWith("Minutes"));
        // Two document tabs in front of the fixed ones, the placeholder gone; the second is in front.
        assertThat(tabs.getTabs()).hasSize(fixedTabs + 2);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).startsWith("minutes");
        assertThat(view.documentArea()).isNotSameAs(notesArea);

        // Code in the minutes: its text is highlighted, the notes are not touched.
        robot.interact(() -> view.documentArea().selectRange(31, 36));
        robot.interact(() -> vm.quickCode("Resources", new Span(31, 36)));
        waitFor(() -> view.documentArea().getStyleAtPosition(33).contains("rgba("));
        assertThat(notesArea.getStyleAtPosition(6)).isEmpty();
        Label summary = robot.lookup("#document-summary").queryAs(Label.class);
        waitFor(() -> summary.getText().contains("1 coding"));

        // Back to the notes' tab: its selection is still there and the codes panel follows it.
        Tab notesTab = tabs.getTabs().stream().filter(t -> t.getText().startsWith("notes")).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(notesTab));
        waitFor(() -> view.documentArea() == notesArea);
        assertThat(notesArea.getSelectedText()).isEqualTo("north star");
        assertThat(summary.getText()).contains("0 codings");
        ListView<CodedPassage> here = robot.lookup("#codes-here").queryListView();
        assertThat(here.getItems()).isEmpty();
        robot.interact(() -> vm.quickCode("Vision", new Span(4, 14)));
        waitFor(() -> here.getItems().size() == 1 && here.getItems().get(0).nodePath().equals("Vision"));

        // Opening the minutes again selects its tab rather than opening a third.
        SourceList.open(robot, sources, notes);
        SourceList.open(robot, sources, minutes);
        waitFor(() -> text().startsWith("Minutes"));
        assertThat(tabs.getTabs()).hasSize(fixedTabs + 2);

        // Ctrl+Tab cycles to the notes, Ctrl+W closes them, leaving the minutes selected.
        robot.clickOn(view.documentArea());
        robot.press(KeyCode.CONTROL).press(KeyCode.TAB).release(KeyCode.TAB).release(KeyCode.CONTROL);
        waitFor(() -> view.documentArea() == notesArea);
        robot.press(KeyCode.CONTROL).press(KeyCode.W).release(KeyCode.W).release(KeyCode.CONTROL);
        waitFor(() -> tabs.getTabs().size() == fixedTabs + 1);
        assertThat(text()).startsWith("Minutes");
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).startsWith("minutes");
        robot.press(KeyCode.CONTROL).press(KeyCode.W).release(KeyCode.W).release(KeyCode.CONTROL);
        waitFor(() -> view.documentArea() == null);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("document-placeholder");
        assertThat(here.getItems()).isEmpty();
    }

    @Test
    void clickingAnOpenSourceBringsItsTabForwardAndArrowKeysOpenNothingUntilEnter(FxRobot robot) throws Exception {
        SourceList sources = SourceList.of(robot);
        waitFor(() -> sources.getItems().size() == 2);
        TabPane tabs = robot.lookup(".tab-pane").match(n -> n instanceof TabPane t
                && t.getTabs().stream().anyMatch(tab -> "search-tab".equals(tab.getId()))).queryAs(TabPane.class);
        int fixedTabs = tabs.getTabs().size() - 1;
        Source minutes = sources.getItems().get(0);
        Source other = sources.getItems().get(1);

        SourceList.open(robot, sources, minutes);
        waitFor(() -> text().startsWith("Minutes"));
        Tab search = tabs.getTabs().stream().filter(t -> "search-tab".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(search));
        // The codes panel belongs to a document: away from the documents it gives its room to the tab.
        waitFor(() -> robot.lookup("#coding-panel").tryQuery().isEmpty());
        // The minutes are still the selected row: a click on them again brings their tab forward.
        SourceList.open(robot, sources, minutes);
        waitFor(() -> tabs.getSelectionModel().getSelectedItem().getText().startsWith("minutes"));
        waitFor(() -> robot.lookup("#coding-panel").tryQuery().isPresent());

        // The arrow key moves to the next source without opening it; Enter opens it.
        robot.type(KeyCode.DOWN);
        waitFor(() -> other.equals(sources.selected()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getTabs()).hasSize(fixedTabs + 1);
        assertThat(text()).startsWith("Minutes");
        robot.type(KeyCode.ENTER);
        waitFor(() -> tabs.getTabs().size() == fixedTabs + 2);
        waitFor(() -> text().startsWith("The north star"));
    }

    private String text() {
        return view.documentArea() == null ? "" : view.documentArea().getText();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
