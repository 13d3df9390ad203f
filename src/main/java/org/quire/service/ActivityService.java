package org.quire.service;

import java.util.Map;
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
 */
public final class ActivityService {
    private static final int MAX_DETAIL = 1000;

    private final Database db;
    private final Coder coder;

    ActivityService(Database db, Coder coder) {
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
        db.write(coder, tx -> {
            tx.activity().insert(kind, null, cut, tx.coder().id(), tx.now());
            return null;
        });
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
        return db.read(tx -> tx.activity().tallies());
    }
}
