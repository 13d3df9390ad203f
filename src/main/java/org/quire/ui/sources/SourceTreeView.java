package org.quire.ui.sources;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.quire.model.Source;
import org.quire.service.sources.SourceFolders;
import org.quire.ui.common.Icons;
import org.quire.ui.sources.SourceTreeModel.Doc;
import org.quire.ui.sources.SourceTreeModel.Entry;
import org.quire.ui.sources.SourceTreeModel.Folder;

/**
 * The Sources pane: a tree of folders and sources, as the researcher's files were arranged.
 *
 * <p>A click on a source opens it (or brings its tab forward); the arrow keys only move, and Enter
 * opens. Folders are made, renamed (F2), moved and deleted when empty (Del) from the right-click
 * menu; sources and folders are dragged onto a folder to move them there, and files dragged from
 * the desktop onto a folder are imported into it. Imports from the menus land in the selected folder.
 */
public final class SourceTreeView {
    private static final String DRAG_PREFIX = "quire-sources:";

    private final SourceTreeModel model;
    private final Consumer<Source> open;
    private final Consumer<Source> properties;
    private final BiConsumer<List<Path>, String> importInto;
    private final TreeView<Entry> tree = new TreeView<>();
    private final Set<String> collapsed = new HashSet<>();
    private List<Entry> dragged = List.of();

    /**
     * @param open       opens a source in its document tab
     * @param properties shows a source's properties
     * @param importInto imports files and folders into a project folder ("" for the top)
     */
    public SourceTreeView(SourceTreeModel model, Consumer<Source> open, Consumer<Source> properties,
                          BiConsumer<List<Path>, String> importInto) {
        this.model = model;
        this.open = open;
        this.properties = properties;
        this.importInto = importInto;
    }

    public TreeView<Entry> build() {
        tree.setId("sources");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>(new Folder("")));
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setCellFactory(t -> new EntryCell());
        model.loadedProperty().addListener((o, was, now) -> rebuild());
        tree.setOnKeyPressed(e -> {
            Entry entry = selected();
            if (entry == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER && !e.isAltDown()) {
                if (entry instanceof Doc d) {
                    open.accept(d.source());
                } else {
                    TreeItem<Entry> item = tree.getSelectionModel().getSelectedItem();
                    item.setExpanded(!item.isExpanded());
                }
                e.consume();
            } else if (e.getCode() == KeyCode.F2) {
                rename(entry);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && entry instanceof Folder f) {
                delete(f);
                e.consume();
            }
        });
        // Dropped on the empty space below the rows: to the top of the pane.
        tree.setOnDragOver(e -> accept(e, ""));
        tree.setOnDragDropped(e -> drop(e, ""));
        tree.setContextMenu(menu());
        return tree;
    }

    /** The folder imports land in: the selected folder, or the folder of the selected source. */
    public String targetFolder() {
        Entry entry = selected();
        return entry == null ? "" : entry.folder();
    }

    /** The source selected in the pane, or null when a folder or nothing is. */
    public Source selectedSource() {
        return selected() instanceof Doc d ? d.source() : null;
    }

    /** Shows these folders and sources, just read by the shell (the project opened, an import ended). */
    public void show(java.util.List<String> folders, java.util.List<Source> sources) {
        model.show(folders, sources);
    }

    private Entry selected() {
        TreeItem<Entry> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private List<Entry> selectedEntries() {
        return tree.getSelectionModel().getSelectedItems().stream().filter(i -> i != null && i.getValue() != null)
                .map(TreeItem::getValue).toList();
    }

    /** Builds the tree again from the model, keeping what was open, closed and selected. */
    private void rebuild() {
        List<Object> keep = selectedEntries().stream().map(SourceTreeView::key).toList();
        TreeItem<Entry> root = new TreeItem<>(new Folder(""));
        Map<String, TreeItem<Entry>> byPath = new HashMap<>();
        byPath.put("", root);
        for (String folder : model.folders()) {
            TreeItem<Entry> item = new TreeItem<>(new Folder(folder));
            // New folders open, so that what was just made or imported can be seen; closed ones stay closed.
            item.setExpanded(!collapsed.contains(folder));
            item.expandedProperty().addListener((o, was, now) -> {
                if (now) {
                    collapsed.remove(folder);
                } else {
                    collapsed.add(folder);
                }
            });
            byPath.getOrDefault(SourceFolders.parentOf(folder), root).getChildren().add(item);
            byPath.put(folder, item);
        }
        Map<Object, TreeItem<Entry>> items = new HashMap<>();
        // Each folder's sources are added in one change, not one at a time (thousands of list events).
        Map<TreeItem<Entry>, List<TreeItem<Entry>>> children = new java.util.LinkedHashMap<>();
        for (Source s : model.sources()) {
            TreeItem<Entry> item = new TreeItem<>(new Doc(s));
            TreeItem<Entry> parent = byPath.get(s.folder());
            if (parent == null) {
                parent = root;
            }
            children.computeIfAbsent(parent, k -> new java.util.ArrayList<>()).add(item);
            items.put(key(item.getValue()), item);
        }
        children.forEach((parent, docs) -> parent.getChildren().addAll(docs));
        byPath.forEach((path, item) -> items.put(key(item.getValue()), item));
        tree.setRoot(root);
        tree.getSelectionModel().clearSelection();
        for (Object k : keep) {
            TreeItem<Entry> item = items.get(k);
            if (item != null) {
                for (TreeItem<Entry> p = item.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
                tree.getSelectionModel().select(item);
            }
        }
    }

    private static Object key(Entry e) {
        return e instanceof Doc d ? d.source().id() : ((Folder) e).path();
    }

    private ContextMenu menu() {
        MenuItem openItem = new MenuItem("Open");
        openItem.setOnAction(e -> {
            if (selected() instanceof Doc d) {
                open.accept(d.source());
            }
        });
        MenuItem newFolder = new MenuItem("New folder…");
        newFolder.setId("sources-new-folder");
        newFolder.setOnAction(e -> newFolder());
        MenuItem importFiles = new MenuItem("Import files here…");
        importFiles.setOnAction(e -> chooseFiles());
        MenuItem importFolder = new MenuItem("Import a folder here…");
        importFolder.setOnAction(e -> chooseFolder());
        MenuItem rename = new MenuItem("Rename…\tF2");
        rename.setOnAction(e -> {
            if (selected() != null) {
                rename(selected());
            }
        });
        MenuItem move = new MenuItem("Move to folder…");
        move.setOnAction(e -> moveToChosenFolder());
        MenuItem delete = new MenuItem("Delete folder\tDel");
        delete.setOnAction(e -> {
            if (selected() instanceof Folder f) {
                delete(f);
            }
        });
        MenuItem props = new MenuItem("Properties\tAlt+Enter");
        props.setOnAction(e -> {
            if (selected() instanceof Doc d) {
                properties.accept(d.source());
            }
        });
        ContextMenu menu = new ContextMenu(openItem, newFolder, importFiles, importFolder, new SeparatorMenuItem(),
                rename, move, delete, new SeparatorMenuItem(), props);
        menu.setOnShowing(e -> {
            Entry entry = selected();
            boolean one = selectedEntries().size() == 1;
            openItem.setDisable(!(entry instanceof Doc) || !one);
            props.setDisable(!(entry instanceof Doc) || !one);
            rename.setDisable(entry == null || !one);
            move.setDisable(entry == null);
            delete.setDisable(!(entry instanceof Folder f) || !one || model.holdsSources(f.path()));
            delete.setText(entry instanceof Folder f && model.holdsSources(f.path())
                    ? "Delete folder (move its sources out first)" : "Delete folder\tDel");
        });
        return menu;
    }

    private void newFolder() {
        String parent = targetFolder();
        TextInputDialog dialog = dialog("New folder", parent.isEmpty() ? "A folder at the top of the Sources pane."
                : "A folder inside '" + parent + "'.", "Name:", "New folder");
        dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty())
                .ifPresent(name -> model.createFolder(parent, name));
    }

    private void rename(Entry entry) {
        String current = entry instanceof Doc d ? d.source().name() : ((Folder) entry).name();
        TextInputDialog dialog = dialog(entry instanceof Doc ? "Rename source" : "Rename folder", null, "New name:",
                current);
        Optional<String> name = dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty() && !s.equals(current));
        name.ifPresent(n -> {
            if (entry instanceof Doc d) {
                model.renameSource(d.source(), n);
            } else {
                model.renameFolder(((Folder) entry).path(), n);
            }
        });
    }

    /** Deletes a folder; one that still holds sources is refused by the project, which says why. */
    private void delete(Folder folder) {
        model.deleteFolder(folder.path());
    }

    private void moveToChosenFolder() {
        List<Entry> moving = selectedEntries();
        if (moving.isEmpty()) {
            return;
        }
        List<String> choices = new ArrayList<>();
        choices.add("(top of the Sources pane)");
        for (String f : model.folders()) {
            boolean inside = moving.stream().anyMatch(m -> m instanceof Folder mf
                    && (f.equals(mf.path()) || f.startsWith(mf.path() + "/")));
            if (!inside) {
                choices.add(f);
            }
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.setTitle("Move to folder");
        dialog.setHeaderText(null);
        dialog.setContentText("Move " + describe(moving) + " to:");
        dialog.initOwner(tree.getScene() == null ? null : tree.getScene().getWindow());
        dialog.showAndWait().ifPresent(choice -> moveInto(moving, choice.equals(choices.get(0)) ? "" : choice));
    }

    private static String describe(List<Entry> entries) {
        if (entries.size() == 1) {
            return "'" + (entries.get(0) instanceof Doc d ? d.source().name() : ((Folder) entries.get(0)).name()) + "'";
        }
        return entries.size() + " items";
    }

    /** Moves sources and folders into {@code folder}: the sources in one step, each folder in its own. */
    private void moveInto(List<Entry> moving, String folder) {
        List<Source> docs = new ArrayList<>();
        for (Entry e : moving) {
            if (e instanceof Doc d) {
                if (!d.source().folder().equals(folder)) {
                    docs.add(d.source());
                }
            } else if (e instanceof Folder f && !SourceFolders.parentOf(f.path()).equals(folder)) {
                model.moveFolder(f.path(), folder);
            }
        }
        if (!docs.isEmpty()) {
            model.moveSources(docs, folder);
        }
    }

    private void chooseFiles() {
        String folder = targetFolder();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(folder.isEmpty() ? "Import files" : "Import files into '" + folder + "'");
        List<File> files = chooser.showOpenMultipleDialog(tree.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            importInto.accept(files.stream().map(File::toPath).toList(), folder);
        }
    }

    private void chooseFolder() {
        String folder = targetFolder();
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(folder.isEmpty() ? "Import a folder" : "Import a folder into '" + folder + "'");
        File dir = chooser.showDialog(tree.getScene().getWindow());
        if (dir != null) {
            importInto.accept(List.of(dir.toPath()), folder);
        }
    }

    private TextInputDialog dialog(String title, String header, String label, String value) {
        TextInputDialog dialog = new TextInputDialog(value);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        dialog.initOwner(tree.getScene() == null ? null : tree.getScene().getWindow());
        dialog.getEditor().selectAll();
        return dialog;
    }

    /** Accepts sources and folders dragged within the tree, and files from the desktop. */
    private void accept(DragEvent e, String folder) {
        if (e.getDragboard().hasFiles() && !isOurs(e)) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        } else if (isOurs(e) && canTake(folder)) {
            e.acceptTransferModes(TransferMode.MOVE);
            e.consume();
        }
    }

    private boolean isOurs(DragEvent e) {
        return e.getDragboard().hasString() && e.getDragboard().getString().startsWith(DRAG_PREFIX) && !dragged.isEmpty();
    }

    /** A folder cannot go into itself or below itself; anything else can go anywhere. */
    private boolean canTake(String folder) {
        return dragged.stream().noneMatch(d -> d instanceof Folder f
                && (folder.equals(f.path()) || folder.startsWith(f.path() + "/")));
    }

    private void drop(DragEvent e, String folder) {
        if (isOurs(e)) {
            if (canTake(folder)) {
                moveInto(dragged, folder);
            }
            dragged = List.of();
            e.setDropCompleted(true);
            e.consume();
        } else if (e.getDragboard().hasFiles()) {
            importInto.accept(e.getDragboard().getFiles().stream().map(File::toPath).toList(), folder);
            e.setDropCompleted(true);
            e.consume();
        }
    }

    /** A row: folder or source, with its icon; drags and drops for moving, a click to open. */
    private final class EntryCell extends TreeCell<Entry> {
        EntryCell() {
            setOnMouseClicked(e -> {
                // A click opens the source, or brings its tab forward when it is open already.
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() instanceof Doc d
                        && !e.isShiftDown() && !e.isShortcutDown()) {
                    open.accept(d.source());
                }
            });
            setOnDragDetected(e -> {
                if (isEmpty() || getItem() == null) {
                    return;
                }
                List<Entry> selection = selectedEntries();
                dragged = selection.contains(getItem()) ? selection : List.of(getItem());
                var board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(DRAG_PREFIX + dragged.size());
                board.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (!isEmpty() && getItem() != null) {
                    accept(e, getItem().folder());
                }
            });
            setOnDragEntered(e -> {
                if (!isEmpty() && getItem() instanceof Folder && (isOurs(e) || e.getDragboard().hasFiles())) {
                    getStyleClass().add("drop-target");
                }
            });
            setOnDragExited(e -> getStyleClass().removeAll("drop-target"));
            setOnDragDropped(e -> {
                getStyleClass().removeAll("drop-target");
                if (!isEmpty() && getItem() != null) {
                    drop(e, getItem().folder());
                }
            });
            setOnDragDone(e -> dragged = List.of());
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("source-folder", "source-doc", "drop-target");
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            // The cell's own icons and tooltip, changed rather than made anew at every update: a
            // project of thousands of sources updates cells all the time while it is scrolled.
            if (entry instanceof Folder f) {
                setText(f.name());
                setGraphic(folderIcon);
                getStyleClass().add("source-folder");
                tip.setText(f.path());
            } else {
                Source s = ((Doc) entry).source();
                setText(s.name());
                setGraphic(docIcon);
                getStyleClass().add("source-doc");
                tip.setText(s.path() + "\n" + s.format() + " · " + s.wordCount() + " words"
                        + (s.fileName() == null ? "" : "\nfrom " + s.fileName()));
            }
            setTooltip(tip);
        }

        private final javafx.scene.Node folderIcon = icon(Icons.FOLDER, "source-folder-icon");
        private final javafx.scene.Node docIcon = icon(Icons.SOURCE, "source-doc-icon");
        private final Tooltip tip = new Tooltip();
    }

    private static javafx.scene.Node icon(String code, String styleClass) {
        var icon = Icons.of(code);
        icon.getStyleClass().add(styleClass);
        return icon;
    }
}
