package org.quire.service.coding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quire.model.Source;
import org.quire.store.Database;
import org.quire.store.StatsStore;
import org.quire.store.Tx;

/**
 * Every source's row, read once per {@link Database#sourceListVersion()}: the views that list or
 * filter all sources (coverage, coding queries, word frequency) read the 5,000 rows of a large
 * project again only after a source was added, renamed, moved or removed.
 */
public final class SourceLists {
    private record Cached(long version, List<Source> stored, List<Source> sorted, Comparator<Source> order,
                          StatsStore.Count imported) {
    }

    private final Database db;
    private volatile Cached cached;

    public SourceLists(Database db) {
        this.db = db;
    }

    /** Every source in the store's order (folder, then name ignoring case), as {@code tx.sources().all()}. */
    public List<Source> all(Tx tx) {
        return current(tx).stored();
    }

    /**
     * Every source sorted by {@code order} (a stable sort of {@link #all}); the last order asked
     * for is kept with the list, so callers should pass one shared comparator.
     */
    public List<Source> sorted(Tx tx, Comparator<Source> order) {
        Cached c = current(tx);
        if (c.order() == order && c.sorted() != null) {
            return c.sorted();
        }
        List<Source> sorted = new ArrayList<>(c.stored());
        sorted.sort(order);
        Cached with = new Cached(c.version(), c.stored(), List.copyOf(sorted), order, c.imported());
        if (cached == c) {
            cached = with;
        }
        return with.sorted();
    }

    /**
     * How many sources there are and when the first and last were imported, as
     * {@code StatsStore.sources()} counts them: a source's import time never changes, so this
     * follows the list and the phase tracker need not read every source row for it.
     */
    public StatsStore.Count imported(Tx tx) {
        return current(tx).imported();
    }

    private static StatsStore.Count imported(List<Source> sources) {
        Instant first = null;
        Instant last = null;
        for (Source s : sources) {
            Instant at = s.importedAt();
            if (at != null && (first == null || at.isBefore(first))) {
                first = at;
            }
            if (at != null && (last == null || at.isAfter(last))) {
                last = at;
            }
        }
        return new StatsStore.Count(sources.size(), first, last);
    }

    private Cached current(Tx tx) {
        // Read the version first: a list read after it can only be as new or newer.
        long version = db.sourceListVersion();
        Cached c = cached;
        if (c == null || c.version() != version) {
            List<Source> stored = List.copyOf(tx.sources().all());
            c = new Cached(version, stored, null, null, imported(stored));
            cached = c;
        }
        return c;
    }
}
