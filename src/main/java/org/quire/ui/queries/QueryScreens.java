package org.quire.ui.queries;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import org.quire.service.queries.SavedQuery;

/**
 * The query screens in the workbench window: the Word frequency, Coding query and Matrix tabs,
 * their Query menu items, and the saved queries under Queries in the navigation pane. The
 * workbench adds what this returns; the screens talk only to {@link QueriesModel}.
 */
public final class QueryScreens {
    private final QueriesModel model;
    private final TabPane tabs;
    private final Runnable showDocument;
    private final Consumer<String> status;
    private final Exporter exporter;
    private Tab wordsTab;
    private Tab codingTab;
    private Tab matrixTab;
    private MatrixPane matrixPane;

    /**
     * @param tabs         the workbench's tab pane, where the query tabs are added
     * @param showDocument brings the document tab forward after a passage is opened
     * @param status       shows a short message (e.g. where an export was written)
     */
    public QueryScreens(QueriesModel model, TabPane tabs, Runnable showDocument, Consumer<String> status) {
        this.model = model;
        this.tabs = tabs;
        this.showDocument = showDocument;
        this.status = status;
        this.exporter = new Exporter() {
            @Override
            public void choose(String suggestedName, Consumer<Path> then) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Export as CSV");
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (comma-separated values)", "*.csv"));
                File f = chooser.showSaveDialog(tabs.getScene().getWindow());
                if (f != null) {
                    then.accept(f.toPath());
                }
            }

            @Override
            public void saved(Path file) {
                status.accept("Exported " + file);
            }
        };
    }

    /** Adds the three tabs to the tab pane and returns them (words, coding query, matrix). */
    public List<Tab> addTabs() {
        // Each screen is built when first shown: opening a project needs none of them.
        wordsTab = org.quire.ui.common.LazyTab.of("Word frequency", "words-tab",
                () -> new WordsPane(model, exporter).build());
        codingTab = org.quire.ui.common.LazyTab.of("Coding query", "coding-query-tab",
                () -> new CodingQueryPane(model, exporter, showDocument).build());
        matrixTab = org.quire.ui.common.LazyTab.of("Matrix", "matrix-tab", () -> {
            matrixPane = new MatrixPane(model, exporter, showDocument);
            return matrixPane.build();
        });
        tabs.getTabs().addAll(wordsTab, codingTab, matrixTab);
        // The pickers offer what the project holds now: nodes made or attributes set since are included.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t == wordsTab || t == codingTab || t == matrixTab) {
                model.refresh();
            }
        });
        return List.of(wordsTab, codingTab, matrixTab);
    }

    /** Query menu items with their shortcuts. */
    public List<MenuItem> menuItems() {
        // Ctrl+Shift+W codes the whole source and Ctrl+Shift+M opens its memo: the query screens take Ctrl+Alt.
        MenuItem words = item("Word frequency", new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.ALT_DOWN), () -> tabs.getSelectionModel().select(wordsTab));
        MenuItem coding = item("Coding query…", new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> tabs.getSelectionModel().select(codingTab));
        MenuItem matrix = item("Matrix…", new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.ALT_DOWN), () -> tabs.getSelectionModel().select(matrixTab));
        return List.of(words, coding, matrix);
    }

    private static MenuItem item(String text, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** "Queries" for the navigation pane: saved queries; double-click (or Enter) runs one. */
    public TitledPane savedQueriesPane() {
        SavedQueriesModel saved = model.saved();
        ListView<SavedQuery> list = new ListView<>(saved.queries());
        list.setId("saved-queries");
        list.setPlaceholder(new Label("Save a coding query to keep it here"));
        list.setPrefHeight(120);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SavedQuery q, boolean empty) {
                super.updateItem(q, empty);
                setText(empty || q == null ? null : q.name());
                setTooltip(empty || q == null ? null : new javafx.scene.control.Tooltip(q.expression()));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                run(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            SavedQuery q = list.getSelectionModel().getSelectedItem();
            if (q == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                run(q);
            } else if (e.getCode() == KeyCode.F2) {
                rename(list, q);
            } else if (e.getCode() == KeyCode.DELETE) {
                delete(list, q);
            }
        });
        MenuItem run = new MenuItem("Run");
        run.setOnAction(e -> selected(list, this::run));
        MenuItem rename = new MenuItem("Rename…\tF2");
        rename.setOnAction(e -> selected(list, q -> rename(list, q)));
        MenuItem delete = new MenuItem("Delete…\tDel");
        delete.setOnAction(e -> selected(list, q -> delete(list, q)));
        list.setContextMenu(new ContextMenu(run, rename, delete));
        TitledPane pane = new TitledPane("Queries", list);
        pane.setId("queries-pane");
        pane.setCollapsible(false);
        saved.reload();
        return pane;
    }

    private static void selected(ListView<SavedQuery> list, Consumer<SavedQuery> action) {
        SavedQuery q = list.getSelectionModel().getSelectedItem();
        if (q != null) {
            action.accept(q);
        }
    }

    /** Opens the coding query tab with the saved query loaded and run. */
    public void run(SavedQuery q) {
        tabs.getSelectionModel().select(codingTab);
        model.coding().load(q);
    }

    private void rename(ListView<SavedQuery> list, SavedQuery q) {
        TextInputDialog dialog = new TextInputDialog(q.name());
        dialog.initOwner(list.getScene().getWindow());
        dialog.setTitle("Rename query");
        dialog.setHeaderText("Rename the saved query '" + q.name() + "'");
        dialog.setContentText("New name:");
        dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty() && !n.equals(q.name()))
                .ifPresent(n -> model.saved().rename(q, n));
    }

    private void delete(ListView<SavedQuery> list, SavedQuery q) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete the saved query '" + q.name()
                + "'? You can undo this (Ctrl+Z).");
        confirm.setHeaderText(null);
        confirm.initOwner(list.getScene().getWindow());
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.saved().delete(q));
    }

    /** The matrix tab's axis pickers, for tests. */
    AxisPicker[] matrixPickers() {
        org.quire.ui.common.LazyTab.build(matrixTab);
        return new AxisPicker[] {matrixPane.rowPicker(), matrixPane.columnPicker()};
    }
}
