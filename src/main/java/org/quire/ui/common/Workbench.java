package org.quire.ui.common;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.quire.model.Source;
import org.quire.model.Span;
import org.quire.service.Project;

/**
 * What the panels of the window share, and the only way a panel reaches the rest of the window: the
 * open project, the background task runner, a revision counter that ticks after every edit, undo
 * and redo (a panel showing project data reloads when it changes), the document in front, the code
 * book's rows, the error line, and the few requests a panel makes of the window (open a source,
 * show a passage, quick-code a selection, make an undoable edit).
 *
 * <p>The workbench shell implements it and builds the panels; a panel holds only this, so it never
 * depends on the shell or on another panel to learn that something changed.
 */
public interface Workbench {
    Project project();

    TaskRunner tasks();

    /** Bumped after every edit, undo and redo. */
    ReadOnlyIntegerProperty revisionProperty();

    /** The document in the selected tab, null when none is open. */
    ReadOnlyObjectProperty<OpenDocument> documentProperty();

    /** The code book depth first, with counts. */
    ObservableList<NodeRow> nodes();

    /** Every node's path, for choosers and completion. */
    List<String> nodePaths();

    /** The message the window shows in its error line; a panel sets it to say why it cannot act. */
    StringProperty errorProperty();

    /** Shows a failed background task in the error line, with its details. */
    void report(Throwable failure);

    /** Opens the source in its document tab (selecting the tab when it is open already). */
    void open(Source source);

    /** Opens the source and selects and shows the span. */
    void openAt(Source source, Span span);

    /** Codes the selection of the document in front at the node of this path, made if new. */
    void quickCode(String path, Span selection);

    /** Codes the selection of the document in front at a new node with this description; refused if it exists. */
    void codeAtNewNode(String path, String description, Span selection);

    /** The open review comments the panels mark, and the request to show one in the Review pane. */
    ReviewMarks reviewMarks();

    /** Makes the edit in the background, records it for undo and ticks the revision. */
    void apply(UndoStack.Edit edit);
}
