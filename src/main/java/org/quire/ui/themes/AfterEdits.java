package org.quire.ui.themes;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.quire.ui.common.TaskRunner;
import org.quire.ui.common.UndoStack;

/** How the theme screens follow edits made anywhere in the workbench. */
final class AfterEdits {
    private AfterEdits() {
    }

    /**
     * Runs {@code reload} after every edit, undo or redo while {@code showing} says the screen is in
     * front (a screen reloads anyway when it is opened). Any edit may touch what a theme screen
     * shows: a node deletion takes its theme memberships, an undo brings back a note. The undo
     * label changes before the edit itself is queued; a no-op round trip through the runner queues
     * the reload behind it.
     */
    static void reload(UndoStack undo, TaskRunner tasks, BooleanSupplier showing, Runnable reload,
                       Consumer<Throwable> onError) {
        undo.undoLabelProperty().addListener((obs, old, now) -> {
            if (showing.getAsBoolean()) {
                tasks.run("", () -> null, x -> reload.run(), onError);
            }
        });
    }
}
