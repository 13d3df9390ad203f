package org.quire.ui.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.quire.model.SourceId;
import org.quire.ui.common.OpenDocument;

/**
 * The document tabs of the central tab pane, one per open source, in front of the other tabs
 * (search, queries, themes...). Each tab keeps its own text area, so its scroll position and
 * selection survive switching; the tabs follow {@link DocumentTabsModel}. Ctrl+W closes the
 * current document, Ctrl+Tab and Ctrl+Shift+Tab cycle through the documents.
 */
public final class DocumentTabs {
    static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN);
    static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN,
            KeyCombination.SHIFT_DOWN);

    /** A document's tab, its view and the line above the text. */
    private record Entry(Tab tab, DocumentView view, Label title) {
    }

    private final DocumentTabsModel model;
    private final TabPane tabs;
    private final Map<SourceId, Entry> entries = new HashMap<>();
    private final Tab placeholder;
    private final ObjectProperty<DocumentView> current = new SimpleObjectProperty<>();
    private final ObjectProperty<InlineCssTextArea> currentArea = new SimpleObjectProperty<>();
    private String areaStyle = "";
    private final Label summary = new Label();

    public DocumentTabs(DocumentTabsModel model, TabPane tabs) {
        this.model = model;
        this.tabs = tabs;
        Label hint = new Label("Open a source from the Sources pane on the left (click it, or Enter)");
        hint.getStyleClass().add("document-title");
        hint.setPadding(new Insets(6, 8, 6, 8));
        placeholder = new Tab("Document", new BorderPane(null, hint, null, null, null));
        placeholder.setClosable(false);
        placeholder.setId("document-placeholder");
        tabs.getTabs().add(0, placeholder);
        // The window opens on the document area, as it did before there were several documents.
        tabs.getSelectionModel().select(placeholder);
        model.documents().addListener((ListChangeListener<OpenDocument>) c -> reconcile());
        model.selectedProperty().addListener((o, old, doc) -> {
            Entry e = doc == null ? null : entries.get(doc.source().id());
            current.set(e == null ? null : e.view());
            currentArea.set(e == null ? null : e.view().area());
            summary.setText(doc == null ? "" : doc.source().name() + " · " + doc.highlights().size()
                    + (doc.highlights().size() == 1 ? " coding" : " codings"));
        });
        model.frontedProperty().addListener((o, a, b) -> showCurrent());
        // A source is being read to be opened: its view is made meanwhile, not after the read (once the
        // read is on its way, hence later on this thread; not at all if the read is done by then).
        model.readingProperty().addListener((o, was, now) -> {
            if (now.intValue() > was.intValue()) {
                javafx.application.Platform.runLater(() -> {
                    if (spare == null && model.readingProperty().get() > 0) {
                        spare = new DocumentView();
                    }
                });
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            if (tab != null && tab.getUserData() instanceof SourceId id) {
                model.select(id);
            }
        });
        tabs.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                installKeys(scene);
            }
        });
    }

    /** The view of the selected document, or null when none is open. */
    public ReadOnlyObjectProperty<DocumentView> currentProperty() {
        return current;
    }

    /** The text area of the selected document, or null when none is open. */
    public ReadOnlyObjectProperty<InlineCssTextArea> areaProperty() {
        return currentArea;
    }

    /** The selected document's name and coding count, for the status bar. */
    public Label summary() {
        summary.setId("document-summary");
        return summary;
    }

    private org.quire.ui.common.ReviewMarks reviewMarks;

    /**
     * Marks the coded passages that have open review comments in every document's margin, now and
     * whenever the comments change; a click on a marker shows its comment in the Review pane.
     */
    public void showReviewMarks(org.quire.ui.common.ReviewMarks marks) {
        this.reviewMarks = marks;
        marks.marksProperty().addListener((o, a, now) -> entries.values().forEach(e -> e.view().showReviewMarks(now)));
        entries.values().forEach(e -> mark(e.view()));
    }

    private void mark(DocumentView view) {
        if (reviewMarks != null) {
            view.stripes().setOnReviewPick(reviewMarks::open);
            view.showReviewMarks(reviewMarks.marks());
        }
    }

    /** Brings the selected document's tab to the front (or the empty "Document" tab when none is open). */
    public void showCurrent() {
        OpenDocument doc = model.selectedProperty().get();
        Entry e = doc == null ? null : entries.get(doc.source().id());
        tabs.getSelectionModel().select(e == null ? placeholder : e.tab());
    }

    /** Inline style for every document's text (the text size), now and for tabs opened later. */
    public void setAreaStyle(String style) {
        areaStyle = style;
        entries.values().forEach(e -> e.view().area().setStyle(style));
    }

    /** Close, next and previous, with their shortcuts shown (the keys work wherever the focus is). */
    public List<MenuItem> menuItems() {
        MenuItem close = new MenuItem("Close document");
        close.setAccelerator(CLOSE);
        close.setOnAction(e -> model.closeSelected());
        MenuItem next = new MenuItem("Next document");
        next.setAccelerator(NEXT);
        next.setOnAction(e -> model.next());
        MenuItem previous = new MenuItem("Previous document");
        previous.setAccelerator(PREVIOUS);
        previous.setOnAction(e -> model.previous());
        return List.of(close, next, previous);
    }

    // A filter, not only accelerators: the text area and the tab pane would take Ctrl+Tab for focus
    // traversal before a menu accelerator sees it.
    private void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CLOSE.match(e) && model.selectedProperty().get() != null && frontIsDocument()) {
                model.closeSelected();
                e.consume();
            } else if (PREVIOUS.match(e)) {
                model.previous();
                e.consume();
            } else if (NEXT.match(e)) {
                model.next();
                e.consume();
            }
        });
    }

    private boolean frontIsDocument() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab != null && tab.getUserData() instanceof SourceId;
    }

    /** Makes the tabs match the model: new documents get a tab, closed ones lose it, changed ones repaint. */
    private void reconcile() {
        List<OpenDocument> docs = List.copyOf(model.documents());
        java.util.Set<SourceId> open = new java.util.HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            OpenDocument doc = docs.get(i);
            open.add(doc.source().id());
            Entry e = entries.get(doc.source().id());
            if (e == null) {
                e = create(doc);
                entries.put(doc.source().id(), e);
                tabs.getTabs().add(i, e.tab());
            } else if (e.view().shown() != doc) {
                e.view().show(doc);
                label(e, doc);
            }
        }
        for (SourceId id : List.copyOf(entries.keySet())) {
            if (!open.contains(id)) {
                tabs.getTabs().remove(entries.remove(id).tab());
            }
        }
        if (docs.isEmpty() && !tabs.getTabs().contains(placeholder)) {
            tabs.getTabs().add(0, placeholder);
        } else if (!docs.isEmpty()) {
            tabs.getTabs().remove(placeholder);
        }
    }

    /** A view made while a source was read, for the next document to open. */
    private DocumentView spare;

    private Entry create(OpenDocument doc) {
        DocumentView view = spare != null ? spare : new DocumentView();
        spare = null;
        view.area().setStyle(areaStyle);
        Label title = new Label();
        title.getStyleClass().add("document-title");
        title.setPadding(new Insets(6, 8, 6, 8));
        BorderPane pane = new BorderPane(view.node());
        pane.setTop(title);
        Tab tab = new Tab(doc.source().name(), pane);
        tab.setUserData(doc.source().id());
        tab.getStyleClass().add("document-tab");
        // Closed with its cross: the model forgets it, and the tabs follow.
        tab.setOnClosed(ev -> model.close(doc.source().id()));
        Entry e = new Entry(tab, view, title);
        mark(view);
        view.show(doc);
        label(e, doc);
        return e;
    }

    private static void label(Entry e, OpenDocument doc) {
        e.tab().setText(doc.source().name());
        e.tab().setTooltip(new Tooltip(doc.source().path()));
        e.title().setText(doc.source().path() + " — " + doc.source().wordCount() + " words, "
                + doc.highlights().size() + " codings");
    }
}
