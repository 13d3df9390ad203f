package org.quire.ui.workbench;

import java.io.File;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import org.quire.model.Theme;
import org.quire.ui.common.NodeRow;
import org.quire.ui.common.Workbench;
import org.quire.ui.review.ChangesModel;
import org.quire.ui.review.ChangesPane;
import org.quire.ui.review.ReviewModel;
import org.quire.ui.review.ReviewPane;

/**
 * Puts the Review pane (org.quire.ui.review) in the window: its tab, File → Import review… and
 * View → Review, the "Changes since review" view (View menu, and a button of the Review pane), and
 * how both open a theme or a code book node.
 */
final class ReviewScreen {
    private final ReviewModel model;
    private final ChangesModel changes;
    private final TabPane tabs;
    private final Tab tab;
    private final Tab changesTab;

    ReviewScreen(Workbench wb, TabPane tabs, Consumer<Theme> openTheme, TreeTableView<NodeRow> nodeTree) {
        this.tabs = tabs;
        ReviewModel.Opener opener = new ReviewModel.Opener() {
            @Override
            public void openTheme(Theme theme) {
                openTheme.accept(theme);
            }

            @Override
            public void selectNode(String guid) {
                TreeItem<NodeRow> item = find(nodeTree.getRoot(), guid);
                if (item == null) {
                    wb.errorProperty().set("That code is not in the code book any more");
                    return;
                }
                for (TreeItem<NodeRow> up = item.getParent(); up != null; up = up.getParent()) {
                    up.setExpanded(true);
                }
                nodeTree.getSelectionModel().clearSelection();
                nodeTree.getSelectionModel().select(item);
                nodeTree.scrollTo(nodeTree.getRow(item));
                nodeTree.requestFocus();
            }
        };
        this.model = new ReviewModel(wb, opener);
        this.changes = new ChangesModel(wb, opener);
        this.changesTab = new Tab("Changes since review", new ChangesPane(changes).build());
        changesTab.setId("changes-tab");
        changesTab.setOnSelectionChanged(e -> {
            if (changesTab.isSelected()) {
                changes.reload();
            }
        });
        this.tab = org.quire.ui.common.LazyTab.of("Review", "review-tab",
                () -> new ReviewPane(model, this::showChanges).build());
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                model.reload();
            }
        });
        tabs.getTabs().add(tab);
        // A marker in the code book, a matrix or a document margin opens its comment here.
        wb.reviewMarks().setOpener(id -> {
            tabs.getSelectionModel().select(tab);
            model.show(id);
        });
    }

    private static TreeItem<NodeRow> find(TreeItem<NodeRow> item, String guid) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && item.getValue().node().guid().equalsIgnoreCase(guid)) {
            return item;
        }
        for (TreeItem<NodeRow> child : item.getChildren()) {
            TreeItem<NodeRow> found = find(child, guid);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    ReviewModel model() {
        return model;
    }

    /** Opens (or brings forward) the "Changes since review" tab and reads the changes again. */
    void showChanges() {
        if (!tabs.getTabs().contains(changesTab)) {
            tabs.getTabs().add(changesTab);
        }
        if (tabs.getSelectionModel().getSelectedItem() == changesTab) {
            changes.reload();
        } else {
            // Selecting it reads the changes.
            tabs.getSelectionModel().select(changesTab);
        }
    }

    /** View → Changes since review: what changed since the last review export. */
    MenuItem changesItem() {
        MenuItem item = new MenuItem("Changes since review");
        item.setId("menu-review-changes");
        item.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
        item.setOnAction(e -> showChanges());
        return item;
    }

    /** File → Import review…: a commented review page file, Word report or theme workbook. */
    MenuItem importItem() {
        MenuItem item = new MenuItem("Import review…");
        item.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
        item.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import a commented review");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(
                    "Review files (saved page, Word, Excel)", "*.quirereview", "*.json", "*.docx", "*.xlsx"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File file = chooser.showOpenDialog(tabs.getScene().getWindow());
            if (file != null) {
                tabs.getSelectionModel().select(tab);
                model.importFile(file.toPath());
            }
        });
        return item;
    }

    /** View → Review: the pane of review comments. */
    MenuItem viewItem() {
        MenuItem item = new MenuItem("Review");
        item.setId("menu-review");
        item.setAccelerator(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
        item.setOnAction(e -> tabs.getSelectionModel().select(tab));
        return item;
    }
}
