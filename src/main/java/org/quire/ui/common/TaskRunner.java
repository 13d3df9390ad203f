package org.quire.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread and delivers its result back on it. Every database, index and
 * file operation of the workbench goes through here, so the window never freezes.
 */
public interface TaskRunner {
    /**
     * @param description shown in the status bar while the work runs
     * @param work        runs on a background thread
     * @param onSuccess   runs on the JavaFX thread with the result
     * @param onError     runs on the JavaFX thread with the failure
     */
    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /** Runs {@code update} on the JavaFX thread, e.g. progress reported from background work. */
    void onUi(Runnable update);
}
