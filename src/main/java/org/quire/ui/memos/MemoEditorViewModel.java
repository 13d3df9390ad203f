package org.quire.ui.memos;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.MemoEntry;
import org.quire.model.MemoTarget;
import org.quire.service.Project;
import org.quire.ui.common.UndoStack;
import org.quire.ui.common.Workbench;

/**
 * A memo with dated entries: the entries newest first with their stamps, and 'New entry', which
 * the service stamps with the date, time and coder. Adding an entry is an undoable edit.
 */
public final class MemoEditorViewModel {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    private final Workbench workbench;
    private final Project project;
    private final Callable<MemoTarget> target;
    private final String title;
    private final ZoneId zone;
    private final ObservableList<MemoEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final javafx.beans.value.ChangeListener<Number> onRevision = (o, a, b) -> load();

    /**
     * @param target resolves the memo's owner in the background (a node is found by GUID, since an
     *               undone deletion gives it a new id)
     */
    public MemoEditorViewModel(Workbench workbench, String title, Callable<MemoTarget> target, ZoneId zone) {
        this.workbench = workbench;
        this.project = workbench.project();
        this.title = title;
        this.target = target;
        this.zone = zone;
        workbench.revisionProperty().addListener(onRevision);
    }

    /** Stops following the project (its tab was closed). */
    public void dispose() {
        workbench.revisionProperty().removeListener(onRevision);
    }

    public String title() {
        return title;
    }

    /** The entries, newest first. */
    public ObservableList<MemoEntry> entries() {
        return entries;
    }

    /** "3 entries, the latest on Mon 23 Nov 2026, 21:40". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void load() {
        workbench.tasks().run("Reading " + title, () -> project.memos().entries(target.call()), list -> {
            List<MemoEntry> newest = new ArrayList<>(list);
            newest.sort(Comparator.comparing(MemoEntry::at).thenComparing(e -> e.id().value()).reversed());
            entries.setAll(newest);
            summary.set(newest.isEmpty() ? "No entries yet: write the first one below"
                    : newest.size() + (newest.size() == 1 ? " entry" : " entries") + ", the latest on "
                    + stamp(newest.get(0)).split(" — ")[0]);
        }, workbench::report);
    }

    /** "Mon 23 Nov 2026, 21:40 — Ann": when and by whom an entry was written. */
    public String stamp(MemoEntry entry) {
        return STAMP.format(entry.at().atZone(zone)) + " — " + entry.coder();
    }

    /** Adds a dated entry stamped now with the coder's name (undoable). */
    public void addEntry(String text) {
        if (text == null || text.isBlank()) {
            workbench.errorProperty().set("Write the entry first");
            return;
        }
        String body = text.strip();
        workbench.apply(new UndoStack.Edit() {
            private String guid;

            @Override
            public String description() {
                String one = body.replaceAll("\\s+", " ");
                return "memo entry '" + (one.length() <= 30 ? one : one.substring(0, 29) + "…") + "'";
            }

            @Override
            public void redo() {
                guid = project.memos().addEntry(call(target), body).guid();
            }

            @Override
            public void undo() {
                project.memos().entries(call(target)).stream().filter(e -> e.guid().equals(guid)).findFirst()
                        .ifPresent(e -> project.memos().deleteEntry(e.id()));
            }
        });
    }

    private static MemoTarget call(Callable<MemoTarget> c) {
        try {
            return c.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
