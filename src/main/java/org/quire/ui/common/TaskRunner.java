package org.quire.ui.common;

import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
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

    /** Work that can be stopped: it asks {@code cancelled} now and then and stops when told. */
    @FunctionalInterface
    interface Stoppable<T> {
        /** @throws java.util.concurrent.CancellationException when stopped */
        T call(BooleanSupplier cancelled) throws Exception;
    }

    /**
     * As {@link #run}, for work the user may stop (a large matrix or query): while it runs, the
     * status bar offers Cancel. A stopped task reaches {@code onError} with a
     * {@link java.util.concurrent.CancellationException}.
     */
    default <T> void runStoppable(String description, Stoppable<T> work, Consumer<T> onSuccess,
                                  Consumer<Throwable> onError) {
        run(description, () -> work.call(() -> false), onSuccess, onError);
    }

    /** Runs {@code update} on the JavaFX thread, e.g. progress reported from background work. */
    void onUi(Runnable update);
}
