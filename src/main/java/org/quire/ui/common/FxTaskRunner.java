package org.quire.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The workbench's task runner: one background thread, so a user's actions reach the project in
 * the order they were made, and a status line saying what is running.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "quire-work");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper stoppable = new ReadOnlyBooleanWrapper(false);
    /** The stop flag of the stoppable task running now, or null. */
    private final AtomicReference<AtomicBoolean> current = new AtomicReference<>();
    private int running;

    @Override
    public <T> void runStoppable(String description, Stoppable<T> work, Consumer<T> onSuccess,
                                 Consumer<Throwable> onError) {
        AtomicBoolean stop = new AtomicBoolean();
        run(description, () -> {
            current.set(stop);
            Platform.runLater(() -> stoppable.set(current.get() != null));
            try {
                return work.call(stop::get);
            } finally {
                current.set(null);
                Platform.runLater(() -> stoppable.set(current.get() != null));
            }
        }, onSuccess, onError);
    }

    /** Asks the stoppable task running now, if any, to stop. */
    public void cancel() {
        AtomicBoolean stop = current.get();
        if (stop != null) {
            stop.set(true);
        }
    }

    /** Whether a task that can be stopped is running now (the status bar's Cancel shows then). */
    public ReadOnlyBooleanProperty stoppableProperty() {
        return stoppable.getReadOnlyProperty();
    }

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        if (executor.isShutdown()) {
            // The window this runner served has closed; a late reply (a project that finished
            // opening as the window went) has nothing left to update.
            return;
        }
        running++;
        status.set(description + "…");
        executor.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    done();
                    onSuccess.accept(result);
                });
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    done();
                    onError.accept(e);
                });
            }
        });
    }

    @Override
    public void onUi(Runnable update) {
        Platform.runLater(update);
    }

    private void done() {
        running--;
        if (running == 0) {
            status.set("");
        }
    }

    /** What is running now, for the status bar; empty when idle. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
