package org.quire.ui.themes;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.quire.model.NodeId;
import org.quire.model.Theme;
import org.quire.service.Project;
import org.quire.ui.common.TaskRunner;
import org.quire.ui.common.UndoStack;

/**
 * The theme screens in the workbench window — Themes board, Theme matrix, Framework matrix,
 * Thematic map, Phases & checklist — and the Themes menu with their shortcuts. The workbench adds
 * the tabs and the menu; the screens talk only to their view models.
 */
public final class ThemeScreens {
    private final TabPane tabs;
    private final ThemesViewModel themes;
    private final ThemeMatrixModel matrix;
    private final FrameworkModel framework;
    private final Supplier<List<NodeId>> selectedNodes;
    private final org.quire.ui.common.ReviewMarks marks;
    private ThemesView board;
    private Tab boardTab;
    private Tab matrixTab;
    private Tab frameworkTab;
    private Tab mapTab;

    /**
     * @param selectedNodes the nodes selected in the code book, for "New theme from selected nodes"
     * @param marks         the open review comments, marked in the theme and framework matrices
     */
    public ThemeScreens(Project project, TaskRunner tasks, UndoStack undo, Consumer<Throwable> onError, TabPane tabs,
                        Supplier<List<NodeId>> selectedNodes, org.quire.ui.common.ReviewMarks marks) {
        this.tabs = tabs;
        this.marks = marks;
        this.selectedNodes = selectedNodes;
        this.themes = new ThemesViewModel(project, tasks, undo, onError);
        this.matrix = new ThemeMatrixModel(project, tasks, undo, onError);
        this.framework = new FrameworkModel(project, tasks, undo, onError);
    }

    /**
     * Adds the five tabs to the tab pane. Each screen is built, and its data read, when its tab is
     * first shown: opening a project needs none of them.
     */
    public void addTabs() {
        boardTab = tab("Themes", "themes-tab", () -> {
            board = new ThemesView(themes, selectedNodes, this::openMatrix);
            return board.build();
        }, themes::reload);
        matrixTab = tab("Theme matrix", "theme-matrix-tab", () -> new ThemeMatrixView(matrix, marks).build(), matrix::reload);
        frameworkTab = tab("Framework matrix", "framework-tab", () -> new FrameworkView(framework, marks).build(),
                framework::reload);
        mapTab = tab("Thematic map", "map-tab", () -> new ThemeMapView(themes).build(), themes::reload);
        Tab method = tab("Phases & checklist", "method-tab", () -> new MethodView(themes).build(), themes::reload);
        matrixTab.selectedProperty().addListener((o, a, on) -> matrix.setActive(on));
        frameworkTab.selectedProperty().addListener((o, a, on) -> framework.setActive(on));
        Runnable themesShown = () -> themes.setActive(boardTab.isSelected() || mapTab.isSelected() || method.isSelected());
        for (Tab t : List.of(boardTab, mapTab, method)) {
            t.selectedProperty().addListener((o, a, on) -> themesShown.run());
        }
        themesShown.run();
        tabs.getTabs().addAll(boardTab, matrixTab, frameworkTab, mapTab, method);
    }

    // Other screens change what these show (codings, nodes, themes): each refreshes when it is opened.
    private static Tab tab(String title, String id, Supplier<javafx.scene.Node> content, Runnable onOpen) {
        Tab t = org.quire.ui.common.LazyTab.of(title, id, content);
        t.setOnSelectionChanged(e -> {
            if (t.isSelected()) {
                onOpen.run();
            }
        });
        return t;
    }

    /** Opens the theme matrix tab on {@code theme}. */
    public void openMatrix(Theme theme) {
        tabs.getSelectionModel().select(matrixTab);
        matrix.show(theme);
    }

    /** Opens the Themes board and asks for a new candidate theme's name (the board's "New theme" button). */
    public void newCandidateTheme() {
        select(boardTab);
        board.newTheme();
    }

    /** Opens the thematic map. */
    public void openMap() {
        select(mapTab);
    }

    /** Opens the theme matrix on the theme it last showed. */
    public void openMatrixTab() {
        select(matrixTab);
    }

    /** Opens the Themes board with {@code theme} selected; with {@code definition}, its definition field focused. */
    public void showTheme(org.quire.model.ThemeId theme, boolean definition) {
        select(boardTab);
        if (theme != null) {
            board.show(theme, definition);
        }
    }

    /** The Themes menu: the screens and the theme commands, with their shortcuts. */
    public Menu menu() {
        MenuItem boardItem = item("Themes board", null, () -> select(boardTab));
        MenuItem matrixItem = item("Theme matrix", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> select(matrixTab));
        MenuItem frameworkItem = item("Framework matrix", new KeyCodeCombination(KeyCode.R,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> select(frameworkTab));
        MenuItem mapItem = item("Thematic map", null, () -> select(mapTab));
        MenuItem sub = item("New sub-theme of the selected theme…", new KeyCodeCombination(KeyCode.N,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
                    select(boardTab);
                    board.newSubTheme();
                });
        // F2 and Del act on the board's selected card; shown here so they can be found.
        MenuItem rename = item("Rename the selected theme…\tF2", null, () -> {
            select(boardTab);
            board.renameSelected();
        });
        MenuItem delete = item("Delete the selected theme…\tDel", null, () -> {
            select(boardTab);
            board.deleteSelected();
        });
        Menu menu = new Menu("Themes", null, boardItem, matrixItem, frameworkItem, mapItem, new SeparatorMenuItem(),
                sub, rename, delete);
        menu.setId("themes-menu");
        return menu;
    }

    private void select(Tab t) {
        tabs.getSelectionModel().select(t);
    }

    private static MenuItem item(String text, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(keys);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The view models, for tests. */
    public ThemeMatrixModel matrixModel() {
        return matrix;
    }

    public FrameworkModel frameworkModel() {
        return framework;
    }
}
