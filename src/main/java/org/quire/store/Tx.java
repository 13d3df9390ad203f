package org.quire.store;

import java.sql.Connection;
import java.time.Instant;
import org.quire.model.Coder;

/**
 * One open transaction: the repositories bound to its connection, the coder acting (null in a
 * read) and the instant the action happened, shared by every row and audit entry it writes.
 */
public final class Tx {
    private final Jdbc jdbc;
    private final Coder coder;
    private final Instant now;

    private final CodingChanges.Collector codingChanges;

    private final Database.TreeCache trees;

    Tx(Connection connection, Coder coder, Instant now, CodingChanges.Collector codingChanges,
       Database.TreeCache trees) {
        this.trees = trees;
        this.jdbc = new Jdbc(connection);
        this.coder = coder;
        this.now = now;
        this.codingChanges = codingChanges;
    }

    public Coder coder() {
        if (coder == null) {
            throw new IllegalStateException("a read transaction cannot change the project");
        }
        return coder;
    }

    public Instant now() {
        return now;
    }

    public SettingStore settings() {
        return new SettingStore(jdbc);
    }

    public CoderStore coders() {
        return new CoderStore(jdbc, now);
    }

    public SourceStore sources() {
        return new SourceStore(jdbc, codingChanges);
    }

    public NodeStore nodes() {
        return new NodeStore(jdbc, codingChanges, trees);
    }

    public CodingStore codings() {
        return new CodingStore(jdbc, codingChanges);
    }

    public MemoStore memos() {
        return new MemoStore(jdbc);
    }

    public AnnotationStore annotations() {
        return new AnnotationStore(jdbc);
    }

    public AttributeStore attributes() {
        return new AttributeStore(jdbc);
    }

    public CaseStore cases() {
        return new CaseStore(jdbc);
    }

    public ThemeStore themes() {
        return new ThemeStore(jdbc);
    }

    /** The thematic map: box positions and typed links. */
    public MapStore maps() {
        return new MapStore(jdbc);
    }

    public ChecklistStore checklist() {
        return new ChecklistStore(jdbc);
    }

    /** Sources opened, matrices built, queries run, exports made. */
    public ActivityStore activity() {
        return new ActivityStore(jdbc);
    }

    /** Project-wide counts for the phase tracker and the checklist. */
    public StatsStore stats() {
        return new StatsStore(jdbc);
    }

    /** Bulk reads for search and queries; saved queries. */
    public SearchStore searches() {
        return new SearchStore(jdbc);
    }

    /** Bulk reads for theme and framework matrices, and the notes analysts write beside them. */
    public ThemeMatrixStore themeMatrices() {
        return new ThemeMatrixStore(jdbc);
    }

    /** Review comments brought back from exports, and the replies to them. */
    public ReviewStore reviews() {
        return new ReviewStore(jdbc);
    }

    /** Review points: when each review export was made, how far the audit trail had got, each theme's extracts. */
    public ReviewPointStore reviewPoints() {
        return new ReviewPointStore(jdbc);
    }

    public AuditStore audit() {
        return new AuditStore(jdbc, this);
    }
}
