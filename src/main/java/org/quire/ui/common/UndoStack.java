package org.quire.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo of workbench edits, many levels deep. Each edit is already saved when it is
 * made; undoing it is a new saved change. The Edit menu shows what will be undone.
 */
public final class UndoStack {
    /** A reversible edit. {@code undo} and {@code redo} run on a background thread. */
    public interface Edit {
        String description();

        void undo();

        void redo();

        /** An edit from its Edit-menu description and the two actions. */
        static Edit of(String description, Runnable redo, Runnable undo) {
            return new Edit() {
                @Override
                public String description() {
                    return description;
                }

                @Override
                public void redo() {
                    redo.run();
                }

                @Override
                public void undo() {
                    undo.run();
                }
            };
        }
    }

    private static final int DEPTH = 200;

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper();

    public UndoStack() {
        refresh();
    }

    /** Records an edit that has just been made. */
    public void push(Edit edit) {
        done.push(edit);
        if (done.size() > DEPTH) {
            done.removeLast();
        }
        undone.clear();
        refresh();
    }

    /** Takes the edit to undo off the stack (the caller runs it), or null. */
    public Edit popUndo() {
        Edit e = done.poll();
        if (e != null) {
            undone.push(e);
        }
        refresh();
        return e;
    }

    public Edit popRedo() {
        Edit e = undone.poll();
        if (e != null) {
            done.push(e);
        }
        refresh();
        return e;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    /** "Undo code 'north star' at 'Vision'", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    private void refresh() {
        undoLabel.set(done.isEmpty() ? "Undo" : "Undo " + done.peek().description());
        redoLabel.set(undone.isEmpty() ? "Redo" : "Redo " + undone.peek().description());
    }
}
