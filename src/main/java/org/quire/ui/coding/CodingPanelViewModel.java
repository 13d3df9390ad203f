package org.quire.ui.coding;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quire.model.Annotation;
import org.quire.model.Coding;
import org.quire.model.NodeId;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.coding.CodedPassage;
import org.quire.service.coding.CodingService;
import org.quire.ui.common.Highlight;
import org.quire.ui.common.NodeRow;
import org.quire.ui.common.OpenDocument;
import org.quire.ui.common.UndoStack;
import org.quire.ui.common.Workbench;

/**
 * The right-hand panel beside a source: the codes at the caret or selection (node, coder, extent),
 * uncoding, coding the whole source, in-vivo coding, recent nodes and the source's annotations.
 * Every change is one undoable edit of the workbench.
 */
public final class CodingPanelViewModel {
    private final Workbench workbench;
    private final Project project;
    private final RecentNodes recent = new RecentNodes();
    private final ObservableList<CodedPassage> here = FXCollections.observableArrayList();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("Open a source to see its codes");
    private List<Highlight> all = List.of();
    private org.quire.model.SourceText text;
    private Source source;
    private int length;
    private Span range = new Span(0, 0);
    private int loads;

    public CodingPanelViewModel(Workbench workbench) {
        this.workbench = workbench;
        this.project = workbench.project();
        // The selected document tab, and after an edit the same source with its codings read again:
        // the codes here come from the document itself, so nothing is queried on a caret move or an edit.
        workbench.documentProperty().addListener((obs, old, doc) -> show(doc));
        // Annotations are not part of the document: every edit (an annotation among them) rereads them.
        workbench.revisionProperty().addListener((obs, old, rev) -> {
            if (source != null) {
                loadAnnotations(source);
            }
        });
        workbench.nodes().addListener((javafx.collections.ListChangeListener<NodeRow>) c ->
                recent.retainOnly(workbench.nodePaths()));
    }

    /** Codings overlapping the selection, or covering the caret, in text order. */
    public ObservableList<CodedPassage> here() {
        return here;
    }

    /** The annotations of the open source, in text order. */
    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public RecentNodes recent() {
        return recent;
    }

    private void show(OpenDocument doc) {
        Source before = source;
        source = doc == null ? null : doc.source();
        text = doc == null ? null : doc.text();
        length = doc == null ? 0 : doc.text().text().length();
        all = doc == null ? List.of() : doc.highlights();
        filter();
        if (source == null) {
            loads++;
            annotations.clear();
        } else if (before == null || !before.id().equals(source.id())) {
            loadAnnotations(source);
        }
    }

    private void loadAnnotations(Source s) {
        int load = ++loads;
        workbench.tasks().run("Reading the annotations of " + s.name(), () -> project.annotations().bySource(s.id()),
                loaded -> {
                    if (load == loads) {
                        annotations.setAll(loaded.stream().sorted(java.util.Comparator.comparing(Annotation::span)).toList());
                    }
                }, workbench::report);
    }

    /** The caret moved or the selection changed: {@code start == end} is a caret position. */
    public void select(int start, int end) {
        range = new Span(Math.min(start, end), Math.max(start, end));
        filter();
    }

    private void filter() {
        List<CodedPassage> at = new ArrayList<>();
        for (Highlight h : all) {
            Span s = h.span();
            boolean hit = range.isEmpty() ? s.start() <= range.start() && range.start() <= s.end()
                    : s.start() < range.end() && s.end() > range.start();
            if (hit) {
                // Described here, only for the codes listed, from the text the document already holds.
                at.add(new CodedPassage(h.coding(), source, h.nodePath(), h.coder(), text.extract(s),
                        text.paragraphAt(s.start()) + 1, text.pageAt(s.start()) + 1));
            }
        }
        at.sort(java.util.Comparator.comparing((CodedPassage p) -> p.coding().span()).thenComparing(CodedPassage::nodePath));
        here.setAll(at);
        String where = range.isEmpty() ? "at the caret" : "in the selection";
        heading.set(source == null ? "Open a source to see its codes"
                : at.isEmpty() ? "No codes " + where : at.size() + (at.size() == 1 ? " code " : " codes ") + where);
    }

    private Span selection() {
        return range.isEmpty() ? null : range;
    }

    /**
     * Uncodes a listed passage: only the selected text when there is a selection (the rest of the
     * coding stays), else the whole coding.
     */
    public void uncode(CodedPassage passage) {
        Span sel = selection();
        String node = passage.nodePath();
        if (sel != null) {
            uncodeSpan(sel, passage.coding().nodeId(), node);
            return;
        }
        Coding coding = passage.coding();
        String extract = shorten(passage.text());
        workbench.apply(new UndoStack.Edit() {
            @Override
            public String description() {
                return "uncode '" + extract + "' from '" + node + "'";
            }

            @Override
            public void redo() {
                project.codings().delete(project.codings().byGuid(coding.guid()).id());
            }

            @Override
            public void undo() {
                project.codings().undoUncode(new CodingService.Uncoding(List.of(coding), List.of()));
            }
        });
    }

    /** Uncodes the selection from the node with this path, or from every node when {@code path} is null. */
    public void uncodeSelection(String path) {
        Span sel = selection();
        if (sel == null || source == null) {
            workbench.errorProperty().set("Select the text to uncode first");
            return;
        }
        if (path == null) {
            uncodeSpan(sel, null, null);
        } else {
            workbench.tasks().run("Finding '" + path + "'", () -> project.nodes().find(path).id(),
                    id -> uncodeSpan(sel, id, path), workbench::report);
        }
    }

    private void uncodeSpan(Span sel, NodeId node, String nodePath) {
        Source in = source;
        workbench.apply(new UndoStack.Edit() {
            private CodingService.Uncoding done;
            // By GUID, looked up on the first run (off the JavaFX thread): an undone deletion brings
            // the node back under a new id.
            private String nodeGuid;

            @Override
            public String description() {
                return "uncode the selection from " + (nodePath == null ? "all nodes" : "'" + nodePath + "'");
            }

            @Override
            public void redo() {
                if (node != null && nodeGuid == null) {
                    nodeGuid = project.nodes().get(node).guid();
                }
                done = project.codings().uncodeRecorded(in.id(), nodeGuid == null ? null
                        : project.nodes().byGuid(nodeGuid).id(), sel);
            }

            @Override
            public void undo() {
                project.codings().undoUncode(done);
            }
        });
    }

    /** Codes the whole open source at the node with this path (created when missing). */
    public void codeWholeSource(String path) {
        if (source == null || length == 0) {
            workbench.errorProperty().set("Open a source first");
            return;
        }
        recent.used(path);
        workbench.quickCode(path, new Span(0, length));
    }

    /** Codes the selection at a new node named by the selected words (in-vivo). */
    public void inVivo(Span sel, String selectedText) {
        String path = InVivo.pathFor(selectedText);
        if (sel == null || sel.isEmpty() || path == null) {
            workbench.errorProperty().set("Select the words that should name the new node (in-vivo coding)");
            return;
        }
        recent.used(path);
        workbench.quickCode(path, sel);
    }

    /** Codes a selection at a node made for it, with its description; refused when that node exists. */
    public void codeAtNewNode(String path, String description, Span sel) {
        recent.used(path);
        workbench.codeAtNewNode(path, description, sel);
    }

    /** Codes a selection at a node path and remembers the node as recent (quick code, drag onto a node). */
    public void codeAt(String path, Span sel) {
        recent.used(path);
        workbench.quickCode(path, sel);
    }

    /** Ctrl+{@code number}: codes the selection at that recent node; false when there is none. */
    public boolean codeRecent(int number, Span sel) {
        String path = recent.at(number);
        if (path == null) {
            workbench.errorProperty().set("No recent node " + number + " yet: code with Quick code (Ctrl+Q) first");
            return false;
        }
        codeAt(path, sel);
        return true;
    }

    /** Attaches a note to the selected passage. */
    public void annotate(Span sel, String text) {
        if (sel == null || sel.isEmpty() || source == null) {
            workbench.errorProperty().set("Select the passage to annotate first");
            return;
        }
        if (text == null || text.isBlank()) {
            workbench.errorProperty().set("Write the annotation first");
            return;
        }
        Source in = source;
        String note = text.strip();
        workbench.apply(new UndoStack.Edit() {
            private Annotation made;

            @Override
            public String description() {
                return "annotate '" + shorten(note) + "'";
            }

            @Override
            public void redo() {
                made = project.annotations().annotate(in.id(), sel, note);
            }

            @Override
            public void undo() {
                project.annotations().delete(same(made).id());
            }
        });
    }

    /** Deletes an annotation; undo puts it back. */
    public void deleteAnnotation(Annotation annotation) {
        workbench.apply(new UndoStack.Edit() {
            private Annotation current = annotation;

            @Override
            public String description() {
                return "delete the annotation '" + shorten(annotation.text()) + "'";
            }

            @Override
            public void redo() {
                project.annotations().delete(same(current).id());
            }

            @Override
            public void undo() {
                current = project.annotations().annotate(annotation.sourceId(), annotation.span(), annotation.text());
            }
        });
    }

    // An undone deletion brings an annotation back under a new id (and GUID): later edits find it
    // by what it is — its source, passage and words.
    private Annotation same(Annotation a) {
        return project.annotations().bySource(a.sourceId()).stream()
                .filter(x -> x.id().equals(a.id()) || x.span().equals(a.span()) && x.text().equals(a.text()))
                .findFirst().orElseThrow(() -> new org.quire.model.QuireException("That annotation no longer exists"));
    }

    /** Tells the user something went amiss the way every workbench message is shown. */
    public void tell(String message) {
        workbench.errorProperty().set(message);
    }

    static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= 30 ? one : one.substring(0, 29) + "…";
    }
}
