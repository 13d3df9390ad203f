package org.quire.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
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
 * file to disk every {@link #SYNC_EVERY_MS} while there are writes, holding a version pin across
 * each force so that no chunk is reused before the chunk that superseded it is on disk; it copies
 * the live pages of sparse chunks forward while the user works, and, once no commit has come for
 * {@link #IDLE_MS}, moves chunks into the holes and cuts the file's free tail. Each step is
 * bounded in bytes, adapted so that it takes about {@link #STEP_TARGET_NANOS}, and starts only
 * while no user transaction is running: a commit that waits for H2's store lock waits at most one
 * step. When commits come faster than this thread copies (a burst of edits, a script), the
 * committing thread copies a short step itself before it returns ({@link #afterWrite}).
 */
final class FileUpkeep implements AutoCloseable {
    /**
     * How long H2 keeps a chunk after it was written before its blocks may be reused (H2 counts
     * from the chunk's creation). H2's default is 45 s, which assumes the operating system writes its
     * buffers within that time; this thread forces them every {@link #SYNC_EVERY_MS} instead and
     * pins the last forced version, so a chunk is reused only once what superseded it is on disk.
     * Never 0: with no retention and no kept versions H2 can reuse blocks that its chunk list still
     * names (h2database issues 2752, 4083). Short, because while commits come one after another
     * every chunk waits out this time and the next force before its room can be reused: at 250 ms
     * (and forces every 250 ms) a burst of edits at S grew the file ten-fold, at 20 ms three-fold
     * (decision 0009, 2026-12-06).
     */
    static final int RETENTION_MS = 20;
    /** {@code -Dquire.upkeep=off} leaves H2 as it was before this upkeep, to measure the difference. */
    static final String OFF_PROPERTY = "quire.upkeep";
    /**
     * How often the file is forced to disk while commits come: each force moves the pin, and only
     * then may the chunks emptied before it be reused. Forced outside H2's locks, so edits go on.
     * 5 rather than 20: at S, 10,000 edits at the benchmark's pace peaked at 1.83-1.97× the
     * compacted file (five runs) against 2.00-2.42× (decision 0009, 2026-12-07); at a person's pace
     * a commit is forced once either way (1.48× in both).
     */
    private static final long SYNC_EVERY_MS = 5;
    /** How often upkeep wakes to look at the file when no commit has come for {@link #ACTIVE_MS}. */
    private static final long CHECK_MS = 25;
    /**
     * While a commit has come within this time, upkeep wakes every {@link #SYNC_EVERY_MS} (to force
     * what was written, and to copy or move as below); after it, every {@link #CHECK_MS}, so an open
     * project left alone wakes the machine 40 times a second, as before.
     */
    private static final long ACTIVE_MS = 1_000;
    /** No commit for this long: the user is reading or thinking, and chunks may be moved. */
    private static final long IDLE_MS = 2_000;
    /**
     * No pages are copied in the first seconds after the project opens: on two cores a compaction
     * step competes with reading what the first screen shows (opening an M project whose file was
     * left a third live took twice as long with steps running).
     */
    private static final long SETTLE_MS = 3_000;
    /**
     * Live pages of chunks are copied forward while the chunks hold less live data than this, in
     * percent, while commits come one after another (a bulk change, the benchmark's pace): copying
     * then competes with the user's work for the two cores, so only the sparsest chunks are worth it.
     */
    private static final int REWRITE_BELOW = 50;
    /**
     * ... and while they hold less than this when the last commit is {@link #CALM_MS} old: a person
     * reads the result of an action before the next, and that pause leaves time to keep the file dense.
     */
    private static final int REWRITE_BELOW_CALM = 80;
    private static final long CALM_MS = 200;
    /** {@code -Dquire.upkeep.moves=false}: never move chunks (to measure what moving does). */
    private static final boolean MOVES = !"false".equals(System.getProperty("quire.upkeep.moves"));
    /**
     * Chunks are moved into holes while the file's blocks in use are fewer than this, in percent, and
     * no commit has come for {@link #IDLE_MS}: a move forces the file to disk under H2's store lock,
     * so it is kept for a file left with many holes after a burst of changes; in everyday work new
     * chunks fill the holes by themselves. 80 rather than the 50 it was: with back-pressure a burst
     * leaves its chunks denser and the file 70-80% used on a busy machine, and only moves give those
     * holes back ({@code ProjectFileUpkeepTest}). {@code -Dquire.upkeep.moveBelow=100} moves whenever
     * the file has a hole: {@code CrashSafetyTest} kills a process in a move, whatever the machine
     * left the file like.
     */
    private static final int MOVE_BELOW = Integer.getInteger("quire.upkeep.moveBelow", 80);
    /**
     * The tidy at close copies chunks holding less live data than this, and moves chunks while the
     * file's blocks in use are fewer, in percent (H2's own compaction on close uses 90).
     */
    private static final int TIDY_BELOW = 80;
    /**
     * Live bytes copied per step of the tidy at close: the chunk they make fits in a hole of the file
     * (H2 puts a new chunk in the first free space that holds it), so copying does not lengthen it.
     */
    private static final int TIDY_REWRITE_BYTES = 256 << 10;
    /** Bytes of chunks moved into holes per step of the tidy at close. */
    private static final int TIDY_MOVE_BYTES = 2 << 20;
    /** Below this the file is left alone: the whole of it costs less than the work. */
    private static final long SMALL_FILE = 2L << 20;
    private static final int MIN_STEP = 32 << 10;
    private static final int MAX_STEP = 1 << 20;
    /** What one step should take at most; a commit arriving meanwhile waits for the rest of it. */
    private static final long STEP_TARGET_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    /** How long a step waits for a running user transaction to end before it is skipped this round. */
    private static final long WAIT_FOR_USER_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** {@code -Dquire.upkeep.pressure=false}: committing threads never copy (to measure what it does). */
    private static final boolean PRESSURE = !"false".equals(System.getProperty("quire.upkeep.pressure"));
    /**
     * Committing threads copy a step while the chunks hold less live data than this, in percent:
     * the file is then more than about 1.3 times what its chunks hold. 75 since copies take only
     * chunks at most {@link #CHUNK_BELOW} live (67 before, when H2 chose the chunks; decision 0009).
     */
    private static final int PRESSURE_BELOW = Integer.getInteger("quire.upkeep.pressureBelow", 75);
    /**
     * A copy during work takes only chunks at most this live, in percent: each byte copied frees at
     * least half a byte. H2's own {@code FileStore.compact} considers every chunk and takes the
     * oldest first for their fill rate (its priority is fill rate / age), so a dense chunk written
     * long ago went before a sparse new one, and the audit trail's full pages, which never change,
     * were copied again and again. {@code -Dquire.upkeep.chunkBelow=100} gives H2's choice back.
     */
    static final int CHUNK_BELOW = Integer.getInteger("quire.upkeep.chunkBelow", 65);
    /** What one such step should take at most: the edit that takes it returns this much later. */
    private static final long PRESSURE_TARGET_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    /** {@code -Dquire.upkeep.debug=true} prints every step to the error stream. */
    private static final boolean DEBUG = Boolean.getBoolean("quire.upkeep.debug");
    private final MVStore store;
    private final RandomAccessStore file;
    private final BooleanSupplier userWriting;
    private final Thread thread;
    private volatile boolean closed;
    /** How long the tidy at close may take; set before {@link #closed}. */
    private volatile long tidyNanos;
    private volatile long lastWrite = System.nanoTime();
    /** The version pinned at the last force: it and every older chunk are on disk. Only this thread changes it. */
    private MVStore.TxCounter forced;
    private int rewriteBytes = 128 << 10;
    /** For {@link #DEBUG}: how long the copying part of the last rewrite step took, before its commit. */
    private long lastCopyNanos;
    private int moveBytes = 128 << 10;
    /** Held by whoever copies a step (this thread or a committing one), so that only one copies at a time. */
    private final java.util.concurrent.locks.ReentrantLock stepping = new java.util.concurrent.locks.ReentrantLock();
    /** Live bytes an edit's own step copies, sized to take about {@link #PRESSURE_TARGET_NANOS}. */
    private volatile int pressureBytes = 128 << 10;
    // When upkeep holds (or waits for) H2's store lock: a user action that overlaps it may wait.
    private final Object busyLock = new Object();
    private long busyNanos;
    private long busySince = -1;

    // For the session benchmark: what upkeep did in this process, on any project.
    private static final AtomicLong STEPS = new AtomicLong();
    private static final AtomicLong STEP_NANOS_MAX = new AtomicLong();
    private static final AtomicLong STEP_NANOS_TOTAL = new AtomicLong();
    private static final AtomicLong MOVE_NANOS_MAX = new AtomicLong();
    /** CPU time of the longest step in CPU, against its wall time: the rest is waiting for a core or the disk. */
    private static final AtomicLong STEP_CPU_NANOS_MAX = new AtomicLong();
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final AtomicLong FORCES = new AtomicLong();
    private static final AtomicLong PRESSURE_STEPS = new AtomicLong();
    private static final AtomicLong PRESSURE_NANOS_MAX = new AtomicLong();
    /** The last tidy at close in this process: file bytes before and after, nanoseconds taken, steps. */
    private static final java.util.concurrent.atomic.AtomicReference<long[]> LAST_TIDY =
            new java.util.concurrent.atomic.AtomicReference<>(new long[4]);
    private static final AtomicLong FORCE_NANOS_MAX = new AtomicLong();
    /** Upper bounds, in milliseconds, of the buckets of {@link #WAITS}. */
    static final double[] WAIT_BOUNDS = {0, 1, 2, 5, 10, 20, 30, 50, 75, 100, 200, 500, Double.MAX_VALUE};
    /** User actions by how long upkeep held the store during them (the most they can have waited on it). */
    private static final AtomicLongArray WAITS = new AtomicLongArray(WAIT_BOUNDS.length);
    private static final AtomicLong WAIT_NANOS_MAX = new AtomicLong();

    private FileUpkeep(MVStore store, RandomAccessStore file, String name, BooleanSupplier userWriting) {
        this.store = store;
        this.file = file;
        this.userWriting = userWriting;
        this.thread = new Thread(this::run, "quire-file-upkeep " + name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /**
     * Starts upkeep for the database behind {@code c}; null for a store it cannot look after (in
     * memory, read-only). {@code userWriting} tells whether a user's transaction is running now.
     */
    static FileUpkeep start(Connection c, String name, BooleanSupplier userWriting) throws SQLException {
        MVStore store = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore().getMvStore();
        FileStore<?> fs = store.getFileStore();
        if (!(fs instanceof RandomAccessStore file) || fs.isReadOnly() || "off".equals(System.getProperty(OFF_PROPERTY))) {
            return null;
        }
        FileUpkeep upkeep = new FileUpkeep(store, file, name, userWriting);
        // The file as opened is what the last session left on disk: its newest version is the first pin.
        upkeep.forced = store.registerVersionUsage();
        store.setRetentionTime(RETENTION_MS);
        upkeep.thread.start();
        return upkeep;
    }

    /** A transaction was committed: there is something to force to disk, and perhaps to tidy. */
    void written() {
        lastWrite = System.nanoTime();
    }

    /**
     * Called by the thread that has just committed a user's transaction, outside the transaction:
     * when commits come faster than this thread can copy the live pages out of the chunks they left
     * sparse, the committing thread copies one step itself before it returns (back-pressure, as a
     * log-structured store slows its writers rather than grow without bound). At a person's pace the
     * file never falls this far behind and nothing is done here.
     */
    void afterWrite() {
        if (!PRESSURE || closed || store.isClosed() || file.size() < SMALL_FILE
                || file.getChunksFillRate() >= PRESSURE_BELOW || !stepping.tryLock()) {
            return;
        }
        try {
            long t0 = System.nanoTime();
            busy(() -> {
                if (copy(PRESSURE_BELOW, pressureBytes)) {
                    store.tryCommit();
                }
                return true;
            });
            long took = System.nanoTime() - t0;
            PRESSURE_STEPS.incrementAndGet();
            PRESSURE_NANOS_MAX.accumulateAndGet(took, Math::max);
            if (took > PRESSURE_TARGET_NANOS) {
                pressureBytes = Math.max(MIN_STEP, pressureBytes / 2);
            } else if (took < PRESSURE_TARGET_NANOS / 4) {
                pressureBytes = Math.min(MAX_STEP, pressureBytes * 2);
            }
        } catch (RuntimeException e) {
            // A closed or failing store: the next user action reports it.
        } finally {
            stepping.unlock();
        }
    }

    /**
     * H2's chunk rewrite with a fill rate of our choosing: {@code FileStore.rewriteChunks(write,
     * targetFillRate)}, protected, run under the store lock as {@code FileStore.compact} runs it
     * ({@code MVStore.tryExecuteUnderStoreLock}, package-private). {@code compact} itself always
     * passes 100. Null when this H2 has neither (checked by a test, so an upgrade that renames
     * them fails the build rather than quietly copying more).
     */
    private static final Method REWRITE_CHUNKS;
    private static final Method UNDER_STORE_LOCK;

    static {
        Method rewrite = null;
        Method underLock = null;
        try {
            rewrite = FileStore.class.getDeclaredMethod("rewriteChunks", int.class, int.class);
            underLock = MVStore.class.getDeclaredMethod("tryExecuteUnderStoreLock", Callable.class);
            rewrite.setAccessible(true);
            underLock.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            rewrite = null;
            underLock = null;
        }
        REWRITE_CHUNKS = rewrite;
        UNDER_STORE_LOCK = underLock;
    }

    /** True when copies choose their chunks by {@link #CHUNK_BELOW} (false: H2's choice). */
    static boolean choosesChunks() {
        return REWRITE_CHUNKS != null && UNDER_STORE_LOCK != null;
    }

    /**
     * While the chunks hold less than {@code below} percent live data, copies the live pages of
     * chunks at most {@link #CHUNK_BELOW} live, sparsest and oldest first, up to {@code bytes} of
     * them; true if it copied any (they are written by the next commit). Skipped, as H2's compact
     * is, when the store lock is not free within 10 ms.
     */
    private boolean copy(int below, int bytes) {
        return copySparse(store, file, below, CHUNK_BELOW, bytes);
    }

    /** {@link #copy}, for any store: only chunks at most {@code chunkBelow} percent live are copied. */
    static boolean copySparse(MVStore store, RandomAccessStore file, int below, int chunkBelow, int bytes) {
        if (!choosesChunks() || chunkBelow >= 100) {
            return file.compact(below, bytes);
        }
        if (file.getChunksFillRate() >= below) {
            return false;
        }
        // H2 handles what the rewrite throws as it does inside its own compact: so it gets the rewrite's
        // own exception, not the reflective wrapper.
        Callable<Boolean> rewrite = () -> {
            try {
                return (Boolean) REWRITE_CHUNKS.invoke(file, bytes, chunkBelow);
            } catch (InvocationTargetException e) {
                throw unwrapped(e);
            }
        };
        try {
            return Boolean.TRUE.equals(UNDER_STORE_LOCK.invoke(store, rewrite));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return false;
            }
            throw unwrapped(e);
        } catch (IllegalAccessException e) {
            return file.compact(below, bytes);
        }
    }

    private static RuntimeException unwrapped(InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException r) {
            return r;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e.getCause());
    }

    /** How long upkeep has held H2's store so far, in nanoseconds; the difference over an action is the most it waited on upkeep. */
    long busySoFar() {
        synchronized (busyLock) {
            return busyNanos + (busySince >= 0 ? System.nanoTime() - busySince : 0);
        }
    }

    /** Records a user action during which upkeep was busy for {@code busyNanos}. */
    static void actionOverlapped(long busyNanos) {
        double ms = busyNanos / 1e6;
        int b = 0;
        while (ms > WAIT_BOUNDS[b]) {
            b++;
        }
        WAITS.incrementAndGet(b);
        WAIT_NANOS_MAX.accumulateAndGet(busyNanos, Math::max);
    }

    /** What upkeep did in this process so far. */
    static Database.UpkeepStats stats() {
        long[] waits = new long[WAIT_BOUNDS.length];
        for (int i = 0; i < waits.length; i++) {
            waits[i] = WAITS.get(i);
        }
        return new Database.UpkeepStats(STEPS.get(), STEP_NANOS_MAX.get() / 1e6, STEP_NANOS_TOTAL.get() / 1e6,
                STEP_CPU_NANOS_MAX.get() / 1e6, MOVE_NANOS_MAX.get() / 1e6, FORCES.get(), FORCE_NANOS_MAX.get() / 1e6, WAIT_BOUNDS.clone(), waits,
                WAIT_NANOS_MAX.get() / 1e6, PRESSURE_STEPS.get(), PRESSURE_NANOS_MAX.get() / 1e6);
    }

    private void run() {
        long lastSync = System.nanoTime();
        long opened = lastSync;
        while (!closed) {
            boolean active = System.nanoTime() - lastWrite < TimeUnit.MILLISECONDS.toNanos(ACTIVE_MS);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(active ? SYNC_EVERY_MS : CHECK_MS));
            if (closed) {
                break;
            }
            try {
                if (System.nanoTime() - lastSync >= TimeUnit.MILLISECONDS.toNanos(SYNC_EVERY_MS)
                        && store.getCurrentVersion() > forced.version) {
                    force();
                    lastSync = System.nanoTime();
                }
                if (store.isClosed() || file.size() < SMALL_FILE
                        || System.nanoTime() - opened < TimeUnit.MILLISECONDS.toNanos(SETTLE_MS)) {
                    continue;
                }
                boolean calm = System.nanoTime() - lastWrite > TimeUnit.MILLISECONDS.toNanos(CALM_MS);
                int rewriteBelow = calm ? REWRITE_BELOW_CALM : REWRITE_BELOW;
                if (file.getChunksFillRate() < rewriteBelow && userQuiet() && stepping.tryLock()) {
                    try {
                        // The copied pages are written here, in a chunk of their own, not by the user's next
                        // commit: that commit no longer carries up to MAX_STEP of pages it did not change, and
                        // the step's time, which sizes the next one, is what it really cost.
                        timed(() -> {
                            long t = System.nanoTime();
                            if (busy(() -> copy(rewriteBelow, rewriteBytes))) {
                                lastCopyNanos = System.nanoTime() - t;
                                busy(() -> store.tryCommit() >= 0);
                            } else {
                                lastCopyNanos = System.nanoTime() - t;
                            }
                        }, true);
                    } finally {
                        stepping.unlock();
                    }
                }
                boolean idle = System.nanoTime() - lastWrite > TimeUnit.MILLISECONDS.toNanos(IDLE_MS);
                if (MOVES && idle && file.getFillRate() < MOVE_BELOW && userQuiet()) {
                    // Moving forces the file to disk up to four times under H2's store lock: forcing it
                    // first, outside the lock, leaves those little to write.
                    force();
                    lastSync = System.nanoTime();
                    timed(() -> busy(() -> {
                        file.compactMoveChunks(MOVE_BELOW, moveBytes, store);
                        return true;
                    }), false);
                }
            } catch (RuntimeException e) {
                // A closed or failing store: the connection that uses it next reports the problem.
                if (closed || store.isClosed()) {
                    break;
                }
            }
        }
        if (tidyNanos > 0) {
            try {
                tidy(System.nanoTime() + tidyNanos);
            } catch (RuntimeException e) {
                // The store closes next either way; what the tidy left undone the next open's upkeep does.
            }
        }
        MVStore.TxCounter pin = forced;
        forced = null;
        store.deregisterVersionUsage(pin);
    }

    /**
     * The tidy at close, until {@code deadline}: copy the live pages of the sparsest chunks forward
     * (a few hundred kilobytes a step, so that the chunk they make fits in a hole), force the file so
     * that the chunks they emptied may be reused, and move the chunks at the end of the file into the
     * holes, cutting its free tail. These are the steps upkeep takes during work, under the same pin,
     * so durability is as during work. H2's own compaction on close copied megabytes first and ran out
     * of time before moving anything back, leaving the file longer; here every copy is followed by a
     * move, and should the last copies have left the file longer than it was, their chunks are moved
     * back into the holes they left before the tidy ends.
     */
    private void tidy(long deadline) {
        if (store.isClosed() || file.size() < SMALL_FILE) {
            LAST_TIDY.set(new long[] {file.size(), file.size(), 0, 0});
            return;
        }
        long started = System.nanoTime();
        long before = file.size();
        int steps = 0;
        int fruitless = 0;
        // Everything written so far on disk and pinned: the chunks emptied before now may be reused.
        force();
        while (System.nanoTime() < deadline && !store.isClosed()) {
            long size = file.size();
            boolean copied = copySparse(store, file, TIDY_BELOW, TIDY_BELOW, TIDY_REWRITE_BYTES);
            if (copied) {
                store.tryCommit();
            }
            // The chunks the copies emptied are counted free at the next store (the move's own) and
            // may be reused once the pin has passed them: this force, then the next step's move.
            force();
            if (copied || file.getFillRate() < TIDY_BELOW) {
                // After a copy always: should its chunk have gone to the end of the file, this moves it back.
                file.compactMoveChunks(copied ? 100 : TIDY_BELOW, TIDY_MOVE_BYTES, store);
            }
            steps++;
            if (DEBUG) {
                System.err.printf(java.util.Locale.ROOT, "upkeep tidy step %d: %.1f ms, file %.1f -> %.1f MB, blocks in use %d%%, live in chunks %d%%%n",
                        steps, (System.nanoTime() - started) / 1e6, size / 1e6, file.size() / 1e6, file.getFillRate(), file.getChunksFillRate());
            }
            // A move that frees no tail may still have cleared the way for the next (H2 moves the chunks
            // between the largest holes first): a few such in a row, and nothing is left to gain.
            fruitless = copied || file.size() < size ? 0 : fruitless + 1;
            if (fruitless >= 3) {
                break;
            }
        }
        // Never longer than it was found: what the last copies put at the end goes into the holes they left.
        for (int i = 0; i < 4 && file.size() > before && !store.isClosed(); i++) {
            force();
            file.compactMoveChunks(100, TIDY_MOVE_BYTES, store);
        }
        LAST_TIDY.set(new long[] {before, file.size(), System.nanoTime() - started, steps});
    }

    /** The last tidy at close in this process: the file's bytes before and after it, its milliseconds and steps. */
    static long[] lastTidy() {
        long[] t = LAST_TIDY.get();
        return new long[] {t[0], t[1], t[2] / 1_000_000, t[3]};
    }

    /**
     * Forces the file to disk, outside H2's locks (commits go on meanwhile), and moves the pin to
     * the version written before it: H2 reuses a chunk only when the version that emptied it is
     * older than every pin, so a chunk is never overwritten before what superseded it is on disk.
     */
    private void force() {
        long t0 = System.nanoTime();
        MVStore.TxCounter pin = store.registerVersionUsage();
        // The pinned version's chunk may still be being written by the commit that made it.
        long deadline = t0 + TimeUnit.SECONDS.toNanos(1);
        while (file.lastChunkVersion() < pin.version && System.nanoTime() < deadline && !store.isClosed()) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        if (file.lastChunkVersion() < pin.version) {
            store.deregisterVersionUsage(pin);
            return;
        }
        file.sync();
        MVStore.TxCounter before = forced;
        forced = pin;
        store.deregisterVersionUsage(before);
        long took = System.nanoTime() - t0;
        FORCES.incrementAndGet();
        FORCE_NANOS_MAX.accumulateAndGet(took, Math::max);
    }

    /** True once no user transaction is running, waiting a little for one to end; false if none ended. */
    private boolean userQuiet() {
        long until = System.nanoTime() + WAIT_FOR_USER_NANOS;
        while (userWriting.getAsBoolean()) {
            if (closed || System.nanoTime() > until) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        return true;
    }

    /** Runs {@code work}, which takes H2's store lock, counting the time as busy for the actions it overlaps. */
    private boolean busy(BooleanSupplier work) {
        synchronized (busyLock) {
            busySince = System.nanoTime();
        }
        try {
            return work.getAsBoolean();
        } finally {
            synchronized (busyLock) {
                busyNanos += System.nanoTime() - busySince;
                busySince = -1;
            }
        }
    }

    /** Runs one step, records how long it took and sizes the next one to take about {@link #STEP_TARGET_NANOS}. */
    private void timed(Runnable step, boolean rewrite) {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        step.run();
        long took = System.nanoTime() - t0;
        long cpu = CPU.getCurrentThreadCpuTime() - c0;
        STEP_CPU_NANOS_MAX.accumulateAndGet(cpu, Math::max);
        STEPS.incrementAndGet();
        STEP_NANOS_TOTAL.addAndGet(took);
        STEP_NANOS_MAX.accumulateAndGet(took, Math::max);
        if (!rewrite) {
            MOVE_NANOS_MAX.accumulateAndGet(took, Math::max);
        }
        int bytes = rewrite ? rewriteBytes : moveBytes;
        // A move's time is mostly the three or four forces it makes, whatever it moves, and on a busy
        // machine the wait for a core: sized by wall time, moves shrank to 64 KB there and never reached
        // the chunks at the end of the file. Its CPU time is what grows with the bytes moved.
        long cost = rewrite ? took : cpu;
        if (cost > STEP_TARGET_NANOS) {
            bytes = Math.max(MIN_STEP, bytes / 2);
        } else if (cost < STEP_TARGET_NANOS / 4) {
            bytes = Math.min(rewrite ? MAX_STEP : TIDY_MOVE_BYTES, bytes * 2);
        }
        if (rewrite) {
            rewriteBytes = bytes;
        } else {
            moveBytes = bytes;
        }
        if (DEBUG) {
            System.err.printf(java.util.Locale.ROOT, "upkeep %s: %.1f ms (CPU %.1f ms, copy %.1f ms), next %d KB, file %.1f MB, blocks in use %d%%, live in chunks %d%%%n",
                    rewrite ? "rewrite" : "move", took / 1e6, cpu / 1e6, rewrite ? lastCopyNanos / 1e6 : 0.0, bytes >> 10, file.size() / 1e6, file.getFillRate(),
                    file.getChunksFillRate());
        }
    }

    @Override
    public void close() {
        close(0);
    }

    /** Stops upkeep after a tidy of the file of at most {@code tidyMillis} (none for 0). */
    void close(long tidyMillis) {
        tidyNanos = TimeUnit.MILLISECONDS.toNanos(tidyMillis);
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5) + tidyMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
