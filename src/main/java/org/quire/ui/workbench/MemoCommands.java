package org.quire.ui.workbench;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.quire.model.MemoTarget;
import org.quire.model.Source;
import org.quire.ui.cases.CasesViewModel;
import org.quire.ui.memos.MemoEditorView;
import org.quire.ui.memos.MemoEditorViewModel;
import org.quire.ui.memos.MemoListViewModel;

/**
 * Memos in the window: the Memos and Cases panes of the navigation, the project journal one click
 * (or Ctrl+J) away, a source's memo, each memo in a tab of its own.
 */
final class MemoCommands {
    private final WorkbenchViewModel vm;
    private final TabPane tabs;
    private final MemoListViewModel list;
    private final CasesViewModel cases;
    private final Map<String, Tab> open = new HashMap<>();

    MemoCommands(WorkbenchViewModel vm, TabPane tabs) {
        this.vm = vm;
        this.tabs = tabs;
        this.list = new MemoListViewModel(vm);
        this.cases = new CasesViewModel(vm);
    }

    /** The Memos pane: the journal button, then every memo; double-click opens one. */
    Region memosPane() {
        Button journal = org.quire.ui.common.Icons.on(new Button("Project journal"), org.quire.ui.common.Icons.JOURNAL);
        journal.setId("open-journal");
        journal.setMaxWidth(Double.MAX_VALUE);
        journal.setOnAction(e -> openJournal());
        ListView<MemoListViewModel.MemoRow> memos = new ListView<>(list.memos());
        memos.setId("memos");
        memos.setPlaceholder(new Label("No memos yet"));
        memos.setOnMouseClicked(e -> {
            var row = memos.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) {
                MemoTarget target = row.memo().target();
                openMemo("memo:" + row.memo().guid(), row.about(), () -> target);
            }
        });
        VBox box = new VBox(4, journal, memos);
        VBox.setVgrow(memos, Priority.ALWAYS);
        return box;
    }

    /**
     * Whether the Memos and Cases panes are expanded: a list is read when its pane opens and then
     * after each edit while it stays open, never while it is collapsed.
     */
    void panesShown(boolean memosShown, boolean casesShown) {
        list.setShown(memosShown);
        cases.setShown(casesShown);
    }

    /** The Cases pane: each case with its sources; double-click a source to open it. */
    Region casesPane() {
        TreeView<Object> tree = new TreeView<>(new TreeItem<>());
        tree.setId("cases");
        tree.setShowRoot(false);
        cases.cases().addListener((javafx.collections.ListChangeListener<CasesViewModel.CaseRow>) c -> {
            TreeItem<Object> root = new TreeItem<>();
            for (CasesViewModel.CaseRow row : cases.cases()) {
                TreeItem<Object> item = new TreeItem<>(row.caseRecord().name() + " (" + row.sources().size()
                        + (row.sources().size() == 1 ? " source)" : " sources)"));
                for (Source s : row.sources()) {
                    item.getChildren().add(new TreeItem<>(s));
                }
                root.getChildren().add(item);
            }
            tree.setRoot(root);
        });
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item instanceof Source s ? s.path() : item.toString());
            }
        });
        tree.setOnMouseClicked(e -> {
            var item = tree.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null && item.getValue() instanceof Source s) {
                // Opening brings the source's document tab to the front.
                cases.open(s);
            }
        });
        return tree;
    }

    void openJournal() {
        openMemo("journal", "Notes on analysis", MemoTarget.Journal::new);
    }

    /** Opens the memo of the source in the document view. */
    void openSourceMemo() {
        var doc = vm.documentProperty().get();
        if (doc == null) {
            vm.errorProperty().set("Open a source first, then its memo");
            return;
        }
        openSourceMemo(doc.source());
    }

    /** Opens the memo of a source (the one picked in the Sources pane), making it if new. */
    void openSourceMemo(org.quire.model.Source source) {
        var id = source.id();
        openMemo("source:" + source.guid(), "Memo: " + source.path(), () -> new MemoTarget.OfSource(id));
    }

    private void openMemo(String key, String title, java.util.concurrent.Callable<MemoTarget> target) {
        Tab tab = open.get(key);
        if (tab != null && tabs.getTabs().contains(tab)) {
            tabs.getSelectionModel().select(tab);
            return;
        }
        MemoEditorViewModel editor = new MemoEditorViewModel(vm, title, target, ZoneId.systemDefault());
        tab = new Tab(title, new MemoEditorView(editor).build());
        tab.setId("memo-tab");
        tab.setOnClosed(e -> {
            editor.dispose();
            open.remove(key);
        });
        open.put(key, tab);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    /** The Memos menu's items, with their shortcuts. */
    List<MenuItem> menuItems() {
        MenuItem journal = new MenuItem("Project journal");
        journal.setAccelerator(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN));
        journal.setOnAction(e -> openJournal());
        MenuItem sourceMemo = new MenuItem("Memo of this source");
        sourceMemo.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        sourceMemo.setOnAction(e -> openSourceMemo());
        return List.of(journal, sourceMemo);
    }
}
