package org.quire.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs background work only when a test says so, one task at a time, in the order given, as the
 * workbench's one background thread would: a test can look at what the screen shows between tasks.
 */
public final class QueuedTaskRunner implements TaskRunner {
    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private final DirectTaskRunner now = new DirectTaskRunner();

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        tasks.add(() -> now.run(description, work, onSuccess, onError));
    }

    @Override
    public void onUi(Runnable update) {
        update.run();
    }

    /** Runs the task waiting longest (and whatever it hands the screen). */
    public void runOne() {
        tasks.poll().run();
    }

    /** Runs tasks, and those they start, until none is waiting. */
    public void drain() {
        while (!tasks.isEmpty()) {
            runOne();
        }
    }

    /** Whether no task is waiting. */
    public boolean idle() {
        return tasks.isEmpty();
    }
}
