package org.quire.service.memos;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.quire.model.ActivityKind;
import org.quire.model.ActivityTally;
import org.quire.model.Coder;
import org.quire.model.SourceId;
import org.quire.store.Database;

/**
 * Records analysis work that changes nothing else in the project — a source opened for reading, a
 * matrix built, a query or search run, a file exported — so the phase tracker can show where the
 * analysis stands. The services that do such work call it; so do front ends for what only they do
 * (a source opened on screen).
 *
 * <p>Records of work are written on a thread of their own, in the order they were made, so that
 * the work itself (a search the user waits for) does not also wait for a commit; readers of the
 * tallies call {@link #flush()} first. A process killed in the millisecond between the work and
 * its record loses that one line of the tally, never anything the user made.
 */
public final class ActivityService implements AutoCloseable {
    private static final int MAX_DETAIL = 1000;
    private static final System.Logger LOG = System.getLogger(ActivityService.class.getName());

    private final Database db;
    private final Coder coder;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "quire-activity");
        t.setDaemon(true);
        return t;
    });

    public ActivityService(Database db, Coder coder) {
        this.db = db;
        this.coder = coder;
    }

    /**
     * Records one piece of work, e.g. {@code record(ActivityKind.EXPORT, "theme matrix 'Trust' to trust.xlsx")}.
     * For {@link ActivityKind#SOURCE_OPENED} use {@link #sourceOpened}.
     */
    public void record(ActivityKind kind, String detail) {
        if (kind == ActivityKind.SOURCE_OPENED) {
            throw new IllegalArgumentException("use sourceOpened(SourceId) for a source opened");
        }
        String text = detail == null ? "" : detail.strip();
        String cut = text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL - 1) + "…" : text;
        java.time.Instant at = java.time.Instant.now();
        try {
            writer.execute(() -> {
                try {
                    db.write(coder, tx -> {
                        tx.activity().insert(kind, null, cut, tx.coder().id(), at);
                        return null;
                    });
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Could not record " + kind + " in the activity tally", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "Project closed: " + kind + " not recorded in the activity tally");
        }
    }

    /** Waits until every piece of work recorded so far is written. */
    public void flush() {
        try {
            writer.submit(() -> { }).get();
        } catch (RejectedExecutionException e) {
            // Closed: everything was written before the writer stopped.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Notes that a source was opened for reading. Only the first opening is written: the tracker
     * counts sources read, and reopening a source must cost no write.
     */
    public void sourceOpened(SourceId source) {
        if (db.read(tx -> tx.activity().opened(source))) {
            return;
        }
        db.write(coder, tx -> {
            if (tx.sources().get(source).isPresent() && !tx.activity().opened(source)) {
                tx.activity().insert(ActivityKind.SOURCE_OPENED, source, "", tx.coder().id(), tx.now());
            }
            return null;
        });
    }

    /** Count, first and last time of each kind of work recorded. */
    public Map<ActivityKind, ActivityTally> tallies() {
        flush();
        return db.read(tx -> tx.activity().tallies());
    }

    /** Writes what is still waiting, then stops the writer; called when the project closes. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "Activity records still waiting after 30 s; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
