package org.quire.ui.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.service.Project;
import org.quire.service.coding.SourceCoding;
import org.quire.ui.common.Highlight;
import org.quire.ui.common.OpenDocument;
import org.quire.ui.common.TaskRunner;

/**
 * The sources open in document tabs and which one is selected, without JavaFX controls. Opening an
 * open source selects it; closing selects a neighbour; after an edit only the codings of the open
 * sources are read again (never their texts), the selected one first, so the document being coded
 * repaints first. The selected document is written to the workbench's document property, which the
 * coding panel and the Code menu follow.
 */
public final class DocumentTabsModel {
    private final Project project;
    private final TaskRunner tasks;
    private final ObjectProperty<OpenDocument> selected;
    private final Consumer<Throwable> fail;
    private final ObservableList<OpenDocument> open = FXCollections.observableArrayList();

    /**
     * @param selected the workbench's document property: the selected tab's document, null when none
     * @param sources  the project's sources; a source gone from it closes its tab, a renamed one renames it
     */
    public DocumentTabsModel(Project project, TaskRunner tasks, ObjectProperty<OpenDocument> selected,
                             ObservableList<Source> sources, Consumer<Throwable> fail) {
        this.project = project;
        this.tasks = tasks;
        this.selected = selected;
        this.fail = fail;
        sources.addListener((ListChangeListener<Source>) c -> sourcesChanged(List.copyOf(sources)));
    }

    /** The open documents in tab order. */
    public ObservableList<OpenDocument> documents() {
        return open;
    }

    /** The selected document, or null when no document is open. */
    public ObjectProperty<OpenDocument> selectedProperty() {
        return selected;
    }

    /**
     * Opens a source in a tab of its own, or selects its tab when it is open already; {@code then}
     * (may be null) runs once the document is selected, e.g. to reveal a passage.
     */
    public void open(Source source, Consumer<OpenDocument> then) {
        OpenDocument existing = find(source.id());
        if (existing != null) {
            select(existing, then);
            return;
        }
        reading.set(reading.get() + 1);
        tasks.run("Opening " + source.name(), () -> load(source), doc -> {
            reading.set(reading.get() - 1);
            // Opened twice before the first reading finished: one tab.
            OpenDocument now = find(source.id());
            if (now == null) {
                open.add(doc);
                now = doc;
            }
            select(now, then);
        }, e -> {
            reading.set(reading.get() - 1);
            fail.accept(e);
        });
    }

    private final javafx.beans.property.IntegerProperty reading = new javafx.beans.property.SimpleIntegerProperty();

    /**
     * How many sources are being read to be opened: the tabs can ready a view for one while it is read
     * in the background.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty readingProperty() {
        return reading;
    }

    private void select(OpenDocument doc, Consumer<OpenDocument> then) {
        front(doc);
        if (then != null) {
            then.accept(doc);
        }
    }

    /** Selects the open document of this source (a tab was clicked); nothing when it is not open. */
    public void select(SourceId id) {
        OpenDocument doc = find(id);
        if (doc != null && doc != selected.get()) {
            selected.set(doc);
        }
    }

    private final javafx.beans.property.IntegerProperty fronted = new javafx.beans.property.SimpleIntegerProperty();

    /**
     * Bumped whenever the user asked for the selected document (opened, cycled, a tab closed): the
     * view then brings its tab to the front. An edit repainting it does not, so a reader on the
     * Search tab stays there.
     */
    public javafx.beans.property.ReadOnlyIntegerProperty frontedProperty() {
        return fronted;
    }

    private void front(OpenDocument doc) {
        selected.set(doc);
        fronted.set(fronted.get() + 1);
    }

    /** Closes the selected document's tab and selects the one to its right, or else to its left. */
    public void closeSelected() {
        if (selected.get() != null) {
            close(selected.get().source().id());
        }
    }

    /** Closes the tab of this source; when it was selected, a neighbour becomes selected. */
    public void close(SourceId id) {
        int at = indexOf(id);
        if (at < 0) {
            return;
        }
        boolean wasSelected = selected.get() != null && selected.get().source().id().equals(id);
        open.remove(at);
        if (wasSelected) {
            front(open.isEmpty() ? null : open.get(Math.min(at, open.size() - 1)));
        }
    }

    /** Ctrl+Tab: the next document, wrapping round. */
    public void next() {
        step(1);
    }

    /** Ctrl+Shift+Tab: the previous document, wrapping round. */
    public void previous() {
        step(-1);
    }

    private void step(int by) {
        if (open.isEmpty()) {
            return;
        }
        int at = selected.get() == null ? -1 : indexOf(selected.get().source().id());
        int next = Math.floorMod((at < 0 ? 0 : at + by), open.size());
        front(open.get(next));
    }

    /**
     * After an edit: reads the codings of every open source again (not the texts), the selected one
     * first. A document whose codings are unchanged is left alone; a source that no longer exists closes.
     */
    public void reloadCodings() {
        List<OpenDocument> order = new ArrayList<>(open);
        OpenDocument first = selected.get();
        if (first != null && order.remove(first)) {
            order.add(0, first);
        }
        for (OpenDocument doc : order) {
            SourceId id = doc.source().id();
            List<Highlight> shown = doc.highlights();
            // The passages are built and compared with those shown on the background thread: after a
            // coding, most open documents are unchanged, and comparing their thousands of passages
            // took the window thread's time in the frames that show the coding.
            tasks.run("Reading the codings of " + doc.source().name(), () -> {
                List<SourceCoding> codings = codingsIfExists(id);
                if (codings == null) {
                    return new Reloaded(true, null);
                }
                List<Highlight> now = highlights(codings);
                return new Reloaded(false, now.equals(shown) ? null : now);
            }, reloaded -> {
                if (reloaded.gone()) {
                    close(id);
                } else if (reloaded.highlights() != null) {
                    recoded(id, shown, reloaded.highlights());
                }
            }, fail);
        }
    }

    /** What a reading of an open document's codings found: the source gone, or its new passages (null when unchanged). */
    private record Reloaded(boolean gone, List<Highlight> highlights) {
    }

    /** The source's codings, or null when the source was deleted (its tab then closes). */
    private List<SourceCoding> codingsIfExists(SourceId id) {
        try {
            return project.codings().inSource(id);
        } catch (QuireException e) {
            if (project.sources().list().stream().noneMatch(s -> s.id().equals(id))) {
                return null;
            }
            throw e;
        }
    }

    /**
     * The codings of an open source changed from {@code was} (what the tab showed when they were
     * read) to {@code highlights}: every tab showing it (and the selection) gets them. Compared again
     * only when the tab has changed since.
     */
    void recoded(SourceId id, List<Highlight> was, List<Highlight> highlights) {
        int at = indexOf(id);
        if (at < 0 || (open.get(at).highlights() != was && open.get(at).highlights().equals(highlights))) {
            return;
        }
        OpenDocument old = open.get(at);
        replace(at, new OpenDocument(old.source(), old.text(), highlights));
    }

    private void replace(int at, OpenDocument doc) {
        boolean wasSelected = selected.get() == open.get(at);
        open.set(at, doc);
        if (wasSelected) {
            selected.set(doc);
        }
    }

    private void sourcesChanged(List<Source> sources) {
        Map<SourceId, Source> byId = sources.stream().collect(Collectors.toMap(Source::id, Function.identity()));
        for (OpenDocument doc : List.copyOf(open)) {
            Source now = byId.get(doc.source().id());
            if (now == null) {
                close(doc.source().id());
            } else if (!now.path().equals(doc.source().path()) || !now.name().equals(doc.source().name())) {
                replace(indexOf(now.id()), new OpenDocument(now, doc.text(), doc.highlights()));
            }
        }
    }

    private OpenDocument load(Source source) {
        SourceText text = project.sources().text(source.id());
        // The phase tracker counts sources read (familiarisation); only the first opening writes.
        project.activity().sourceOpened(source.id());
        List<Highlight> highlights = highlights(project.codings().inSource(source.id()));
        return new OpenDocument(source, text, highlights, DocumentView.prepare(text.text(), highlights));
    }

    static List<Highlight> highlights(List<SourceCoding> codings) {
        List<Highlight> out = new ArrayList<>(codings.size());
        for (SourceCoding c : codings) {
            out.add(new Highlight(c.coding().span(), c.color(), c.nodePath(), c.coding(), c.coder()));
        }
        return List.copyOf(out);
    }

    private OpenDocument find(SourceId id) {
        int at = indexOf(id);
        return at < 0 ? null : open.get(at);
    }

    private int indexOf(SourceId id) {
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).source().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
