package org.quire.ui.sources;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.service.sources.SourceFolders;
import org.quire.ui.common.UndoStack;
import org.quire.ui.common.Workbench;

/**
 * The Sources pane's state and edits: the project's folders and sources, read again after every
 * edit, and the folder edits (make, rename, move, delete when empty; move and rename sources),
 * each one undoable step run in the background.
 */
public final class SourceTreeModel {
    /** What a row of the tree shows: a folder or a source. */
    public sealed interface Entry permits Folder, Doc {
        /** The folder this entry is, or the one it is in. */
        String folder();
    }

    /** A folder by its path; the hidden root is the top ({@code ""}). */
    public record Folder(String path) implements Entry {
        @Override
        public String folder() {
            return path;
        }

        public String name() {
            return path.isEmpty() ? "Sources" : SourceFolders.nameOf(path);
        }
    }

    public record Doc(Source source) implements Entry {
        @Override
        public String folder() {
            return source.folder();
        }
    }

    private final Workbench workbench;
    private final ObservableList<String> folders = FXCollections.observableArrayList();
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final javafx.beans.property.IntegerProperty loaded = new javafx.beans.property.SimpleIntegerProperty();
    private int loads;

    public SourceTreeModel(Workbench workbench) {
        this.workbench = workbench;
        // Every edit ticks the revision (a coding too); only the pane's own edits, their undo and
        // redo change what it shows, so only they make it read the folders and sources again.
        workbench.revisionProperty().addListener((o, a, b) -> {
            if (changed) {
                changed = false;
                reload();
            }
        });
    }

    private volatile boolean changed;

    /** An undoable edit of folders or sources, noted so that the pane reads them again after it. */
    private void apply(String description, Runnable redo, Runnable undo) {
        workbench.apply(UndoStack.Edit.of(description, () -> {
            changed = true;
            redo.run();
        }, () -> {
            changed = true;
            undo.run();
        }));
    }

    /** Every folder, each after its parent. */
    public ObservableList<String> folders() {
        return folders;
    }

    /** Every source, in folder and name order. */
    public ObservableList<Source> sources() {
        return sources;
    }

    /** Reads the folders and sources again in the background; the latest read wins. */
    public void reload() {
        int load = ++loads;
        workbench.tasks().run("Reading the sources", () -> new Loaded(workbench.project().folders().list(),
                workbench.project().sources().list()), read -> {
                    if (load == loads) {
                        folders.setAll(read.folders());
                        sources.setAll(read.sources());
                        loaded.set(loaded.get() + 1);
                    }
                }, workbench::report);
    }

    /**
     * Shows folders and sources just read elsewhere (the shell reads both when a project opens or an
     * import ends); a read of the pane's own still running is overtaken.
     */
    public void show(List<String> readFolders, List<Source> readSources) {
        ++loads;
        folders.setAll(readFolders);
        sources.setAll(readSources);
        loaded.set(loaded.get() + 1);
    }

    private record Loaded(List<String> folders, List<Source> sources) {
    }

    /** Ticks each time both lists have been read again (the tree rebuilds then, once). */
    public javafx.beans.property.ReadOnlyIntegerProperty loadedProperty() {
        return loaded;
    }

    /** Whether any source lies in the folder or below it (a folder is deleted only when none does). */
    public boolean holdsSources(String folder) {
        return sources.stream().anyMatch(s -> s.folder().equals(folder) || s.folder().startsWith(folder + "/"));
    }

    /** Makes a folder {@code name} inside {@code parent} ("" for the top). */
    public void createFolder(String parent, String name) {
        String[] made = new String[1];
        apply("Make folder '" + name + "'",
                () -> made[0] = workbench.project().folders().create(parent, name),
                () -> workbench.project().folders().delete(made[0]));
    }

    public void renameFolder(String path, String name) {
        String[] renamed = new String[1];
        String oldName = SourceFolders.nameOf(path);
        apply("Rename folder '" + oldName + "' to '" + name + "'",
                () -> renamed[0] = workbench.project().folders().rename(path, name),
                () -> workbench.project().folders().rename(renamed[0], oldName));
    }

    /** Moves a folder with everything in it into {@code parent} ("" for the top). */
    public void moveFolder(String path, String parent) {
        String[] moved = new String[1];
        String from = SourceFolders.parentOf(path);
        apply("Move folder '" + SourceFolders.nameOf(path) + "'",
                () -> moved[0] = workbench.project().folders().move(path, parent),
                () -> workbench.project().folders().move(moved[0], from));
    }

    /** Deletes an empty folder and the empty folders in it; undo makes them again. */
    public void deleteFolder(String path) {
        List<String> gone = new ArrayList<>(folders.stream()
                .filter(f -> f.equals(path) || f.startsWith(path + "/")).toList());
        apply("Delete folder '" + SourceFolders.nameOf(path) + "'",
                () -> workbench.project().folders().delete(path),
                () -> {
                    List<String> now = workbench.project().folders().list();
                    for (String f : gone) {
                        if (!now.contains(f)) {
                            workbench.project().folders().create(SourceFolders.parentOf(f), SourceFolders.nameOf(f));
                        }
                    }
                });
    }

    /** Moves sources into a folder ("" for the top); refused, changing nothing, on a name clash. */
    public void moveSources(List<Source> moving, String folder) {
        List<SourceId> ids = moving.stream().map(Source::id).toList();
        List<List<SourceFolders.Moved>> moves = new ArrayList<>(List.of(List.of()));
        String what = moving.size() == 1 ? "'" + moving.get(0).name() + "'" : moving.size() + " sources";
        apply("Move " + what + " to " + (folder.isEmpty() ? "the top" : "'"
                        + SourceFolders.nameOf(folder) + "'"),
                () -> moves.set(0, workbench.project().folders().moveSources(ids, folder)),
                () -> workbench.project().folders().moveBack(moves.get(0)));
    }

    public void renameSource(Source source, String name) {
        apply("Rename source '" + source.name() + "' to '" + name + "'",
                () -> workbench.project().sources().rename(source.id(), name),
                () -> workbench.project().sources().rename(source.id(), source.name()));
    }
}
