package org.quire.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work on the calling thread: for view-model tests, which need no toolkit. */
public final class DirectTaskRunner implements TaskRunner {
    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onError.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUi(Runnable update) {
        update.run();
    }
}
