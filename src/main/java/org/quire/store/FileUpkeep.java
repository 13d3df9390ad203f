package org.quire.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Keeps the database file near the size of the data it holds while a project is open
 * (decision 0009). H2 writes every commit as a new chunk at the end of its file or in free space
 * and, with {@code WRITE_DELAY=0} (which Quire needs: a commit is on disk when the call returns),
 * runs none of its own background upkeep: superseded chunks are freed only after 45 s and
 * half-empty ones are never rewritten, so a session of coding grows the file thirty-fold.
 *
 * <p>This thread does what H2's own background writer would do, in small steps: it forces the
 * file to disk every {@link #SYNC_EVERY_MS} while there are writes (so a chunk reused after the
 * short {@link #RETENTION_MS} has been superseded by data already on disk), copies the live pages
 * of sparse chunks forward while the user works, and, once no commit has come for
 * {@link #IDLE_MS}, moves chunks into the holes and cuts the file's free tail. Each step is
 * bounded in bytes, adapted so that it takes about {@link #STEP_TARGET_NANOS}: a commit that
 * waits for H2's store lock waits at most one step.
 */
final class FileUpkeep implements AutoCloseable {
    /**
     * How long H2 keeps a chunk after its last live page is superseded before its blocks are
     * reused. H2's default is 45 s, which assumes the operating system writes its buffers within
     * that time; this thread forces them every {@link #SYNC_EVERY_MS} instead. Never 0: with no
     * retention H2 can reuse blocks that its chunk list still names (h2database issues 2752, 4083).
     */
    static final int RETENTION_MS = 1_000;
    /** {@code -Dquire.upkeep=off} leaves H2 as it was before this upkeep, to measure the difference. */
    static final String OFF_PROPERTY = "quire.upkeep";
    private static final long SYNC_EVERY_MS = 250;
    private static final long CHECK_MS = 100;
    /** No commit for this long: the user is reading or thinking, and chunks may be moved. */
    private static final long IDLE_MS = 1_000;
    /**
     * No pages are copied in the first seconds after the project opens: on two cores a compaction
     * step competes with reading what the first screen shows (opening an M project whose file was
     * left a third live took twice as long with steps running).
     */
    private static final long SETTLE_MS = 3_000;
    /** Live pages of chunks are copied forward while the chunks hold less live data than this, in percent. */
    private static final int REWRITE_BELOW = 50;
    /** Chunks are moved into holes while the file's blocks in use are fewer than this, in percent. */
    private static final int MOVE_BELOW = 80;
    /** Below this the file is left alone: the whole of it costs less than the work. */
    private static final long SMALL_FILE = 2L << 20;
    private static final int MIN_STEP = 128 << 10;
    private static final int MAX_STEP = 2 << 20;
    /** What one step should take at most; a commit arriving meanwhile waits for the rest of it. */
    private static final long STEP_TARGET_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /** {@code -Dquire.upkeep.debug=true} prints every step to the error stream. */
    private static final boolean DEBUG = Boolean.getBoolean("quire.upkeep.debug");
    private final MVStore store;
    private final RandomAccessStore file;
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean dirty;
    private volatile long lastWrite = System.nanoTime();
    private int rewriteBytes = 256 << 10;
    private int moveBytes = 256 << 10;
    // For the session benchmark: every step this process took, on any project.
    private static final AtomicLong STEPS = new AtomicLong();
    private static final AtomicLong STEP_NANOS_MAX = new AtomicLong();
    private static final AtomicLong STEP_NANOS_TOTAL = new AtomicLong();

    private FileUpkeep(MVStore store, RandomAccessStore file, String name) {
        this.store = store;
        this.file = file;
        this.thread = new Thread(this::run, "quire-file-upkeep " + name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /** Starts upkeep for the database behind {@code c}; null for a store it cannot look after (in memory, read-only). */
    static FileUpkeep start(Connection c, String name) throws SQLException {
        MVStore store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
        FileStore<?> fs = store.getFileStore();
        if (!(fs instanceof RandomAccessStore file) || fs.isReadOnly() || "off".equals(System.getProperty(OFF_PROPERTY))) {
            return null;
        }
        store.setRetentionTime(RETENTION_MS);
        FileUpkeep upkeep = new FileUpkeep(store, file, name);
        upkeep.thread.start();
        return upkeep;
    }

    /** A transaction was committed: there is something to force to disk, and perhaps to tidy. */
    void written() {
        lastWrite = System.nanoTime();
        dirty = true;
    }

    /** Steps taken in this process so far, the longest and all together. */
    static Database.UpkeepStats stats() {
        return new Database.UpkeepStats(STEPS.get(), STEP_NANOS_MAX.get() / 1e6, STEP_NANOS_TOTAL.get() / 1e6);
    }

    private void run() {
        long lastSync = System.nanoTime();
        long opened = lastSync;
        while (!closed) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(CHECK_MS));
            if (closed) {
                break;
            }
            try {
                long now = System.nanoTime();
                if (dirty && now - lastSync >= TimeUnit.MILLISECONDS.toNanos(SYNC_EVERY_MS)) {
                    // Outside H2's locks: commits go on while the file is forced to disk.
                    dirty = false;
                    file.sync();
                    lastSync = System.nanoTime();
                }
                if (store.isClosed() || file.size() < SMALL_FILE
                        || System.nanoTime() - opened < TimeUnit.MILLISECONDS.toNanos(SETTLE_MS)) {
                    continue;
                }
                if (file.getChunksFillRate() < REWRITE_BELOW) {
                    // The copied pages are written here, in a chunk of their own, not by the user's next
                    // commit: that commit no longer carries up to MAX_STEP of pages it did not change, and
                    // the step's time, which sizes the next one, is what it really cost.
                    timed(() -> {
                        if (file.compact(REWRITE_BELOW, rewriteBytes)) {
                            store.tryCommit();
                        }
                    }, true);
                }
                boolean idle = System.nanoTime() - lastWrite > TimeUnit.MILLISECONDS.toNanos(IDLE_MS);
                if (idle && file.getFillRate() < MOVE_BELOW) {
                    timed(() -> file.compactMoveChunks(MOVE_BELOW, moveBytes, store), false);
                }
            } catch (RuntimeException e) {
                // A closed or failing store: the connection that uses it next reports the problem.
                if (closed || store.isClosed()) {
                    break;
                }
            }
        }
    }

    /** Runs one step, records how long it took and sizes the next one to take about {@link #STEP_TARGET_NANOS}. */
    private void timed(Runnable step, boolean rewrite) {
        long t0 = System.nanoTime();
        step.run();
        long took = System.nanoTime() - t0;
        STEPS.incrementAndGet();
        STEP_NANOS_TOTAL.addAndGet(took);
        STEP_NANOS_MAX.accumulateAndGet(took, Math::max);
        int bytes = rewrite ? rewriteBytes : moveBytes;
        if (took > STEP_TARGET_NANOS) {
            bytes = Math.max(MIN_STEP, bytes / 2);
        } else if (took < STEP_TARGET_NANOS / 4) {
            bytes = Math.min(MAX_STEP, bytes * 2);
        }
        if (rewrite) {
            rewriteBytes = bytes;
        } else {
            moveBytes = bytes;
        }
        if (DEBUG) {
            System.err.printf(java.util.Locale.ROOT, "upkeep %s: %.1f ms, file %.1f MB, blocks in use %d%%, live in chunks %d%%%n",
                    rewrite ? "rewrite" : "move", took / 1e6, file.size() / 1e6, file.getFillRate(), file.getChunksFillRate());
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
