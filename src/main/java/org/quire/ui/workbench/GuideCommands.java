package org.quire.ui.workbench;

import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.quire.model.NodeId;
import org.quire.model.ThemeId;
import org.quire.service.exchange.ExportOptions;
import org.quire.ui.guide.GuideSteps;
import org.quire.ui.guide.GuideView;
import org.quire.ui.guide.GuideViewModel;
import org.quire.ui.themes.ThemeScreens;

/**
 * The Guide pane in the window: its tab (opened with the project when the project asks for it,
 * and by Help → Guide or F1 at any time), and its steps wired to the window's existing commands.
 */
final class GuideCommands implements GuideSteps {
    private final WorkbenchViewModel vm;
    private final TabPane tabs;
    private final ThemeScreens themes;
    private final NodeCommands nodes;
    private final MemoCommands memos;
    private final ExportsModel exports;
    private final Node owner;
    private final GuideViewModel guide;
    private Tab tab;
    private IntConsumer sampleOpener;

    GuideCommands(WorkbenchViewModel vm, TabPane tabs, ThemeScreens themes, NodeCommands nodes, MemoCommands memos,
                  ExportsModel exports, Node owner) {
        this.vm = vm;
        this.tabs = tabs;
        this.themes = themes;
        this.nodes = nodes;
        this.memos = memos;
        this.exports = exports;
        this.owner = owner;
        this.guide = new GuideViewModel(vm, this);
    }

    /** Help → Guide (F1). */
    MenuItem menuItem() {
        MenuItem item = new MenuItem("Guide: thematic analysis step by step");
        item.setId("menu-guide");
        item.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        item.setOnAction(e -> show());
        return item;
    }

    /** Opens the guide when this project was made by someone learning thematic analysis (or asked for it since). */
    void openIfOn() {
        vm.tasks().run("Reading the guide's setting", () -> vm.project().guide().shownOnOpen(), on -> {
            if (on) {
                show();
            }
        }, vm::report);
    }

    /** Shows the Guide tab, adding it when it is not there. */
    void show() {
        if (tab == null) {
            tab = new Tab("Guide", new GuideView(guide).build());
            tab.setId("guide-tab");
            tab.selectedProperty().addListener((o, a, on) -> guide.setActive(on));
            guide.load();
        }
        if (!tabs.getTabs().contains(tab)) {
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().select(tab);
    }

    /** Shows the guide at {@code phase} and that phase's example in this project (the sample, just opened). */
    void showInSample(int phase) {
        show();
        guide.showInSample(phase);
    }

    void setSampleOpener(IntConsumer opener) {
        this.sampleOpener = opener;
    }

    GuideViewModel model() {
        return guide;
    }

    @Override
    public void journal() {
        memos.openJournal();
    }

    @Override
    public void newCandidateTheme() {
        themes.newCandidateTheme();
    }

    @Override
    public void thematicMap() {
        themes.openMap();
    }

    @Override
    public void themeMatrix() {
        themes.openMatrixTab();
    }

    @Override
    public void editDefinition(ThemeId theme) {
        themes.showTheme(theme, true);
    }

    @Override
    public void buildReport() {
        ExportOptions.What what = ExportOptions.What.REPORT;
        ExportOptions.Format format = ExportOptions.Format.DOCX;
        ExportMenu.saveDialog(exports, owner, "Export the report", exports.fileName(what, format),
                ExportMenu.caption(what, format), "*.docx").ifPresent(p -> exports.export(what, format, p));
    }

    @Override
    public void showTheme(ThemeId theme) {
        themes.showTheme(theme, false);
    }

    @Override
    public void showNode(NodeId node) {
        vm.nodes().stream().filter(r -> r.node().id().equals(node)).findFirst().ifPresentOrElse(nodes::openDetails,
                () -> vm.errorProperty().set("That node is no longer in the code book"));
    }

    @Override
    public void openSample(int phase) {
        if (sampleOpener == null) {
            vm.errorProperty().set("The sample project cannot be opened from here: build it with 'quire sample DIR'"
                    + " and open it with File → Open project.");
        } else {
            sampleOpener.accept(phase);
        }
    }
}
