package org.quire.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Rows made on a thread of their own while the caller writes the ones before them: reading 100,000
 * coded passages from the project (and making each row's cells) and writing them as a sheet each
 * take a core, so on two cores the export takes about as long as the slower of the two instead of
 * both. At most
 * {@value #BATCHES} batches of {@value #BATCH} rows wait between the two, so a slow writer holds
 * back the reading rather than filling memory.
 *
 * <p>The reading thread ends before {@code each} returns, whatever happens: a failure on either
 * side stops the other, and the reading's own failure is thrown to the caller as it was thrown.
 */
final class ReadAhead {
    static final int BATCH = 256;
    static final int BATCHES = 16;
    private static final List<Object> END = new ArrayList<>();

    private ReadAhead() {
    }

    /** Thrown inside the reading thread when the writer has stopped. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /**
     * Runs {@code source} on a thread of its own and hands what it makes, in order, to {@code sink}
     * on this one.
     */
    @SuppressWarnings("unchecked")
    static <T> void each(Consumer<Consumer<T>> source, Consumer<T> sink) {
        BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(BATCHES);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().daemon().name("quire-export-rows").unstarted(() -> {
            try {
                List<Object> batch = new ArrayList<>(BATCH);
                List<List<Object>> holder = new ArrayList<>(List.of(batch));
                source.accept(row -> {
                    List<Object> b = holder.get(0);
                    b.add(row);
                    if (b.size() == BATCH) {
                        put(queue, b, stop);
                        holder.set(0, new ArrayList<>(BATCH));
                    }
                });
                if (!holder.get(0).isEmpty()) {
                    put(queue, holder.get(0), stop);
                }
            } catch (Stopped e) {
                return;
            } catch (Throwable t) {
                failure.set(t);
            }
            try {
                put(queue, END, stop);
            } catch (Stopped ignored) {
                // The writer has gone; nobody waits for the end.
            }
        });
        reader.start();
        boolean finished = false;
        try {
            while (true) {
                List<Object> batch = queue.take();
                if (batch == END) {
                    break;
                }
                for (Object row : batch) {
                    sink.accept((T) row);
                }
            }
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportFailure("The export was cancelled", e);
        } finally {
            if (!finished) {
                stop.set(true);
            }
            joinQuietly(reader);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new ExportFailure("Reading the rows failed: " + t.getMessage(), t);
        }
    }

    private static void put(BlockingQueue<List<Object>> queue, List<Object> batch, AtomicBoolean stop) {
        try {
            while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                if (stop.get()) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            throw new Stopped();
        }
        if (stop.get()) {
            throw new Stopped();
        }
    }

    private static void joinQuietly(Thread reader) {
        boolean interrupted = false;
        while (true) {
            try {
                reader.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
