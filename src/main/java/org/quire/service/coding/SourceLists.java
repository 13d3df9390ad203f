package org.quire.service.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quire.model.Source;
import org.quire.store.Database;
import org.quire.store.Tx;

/**
 * Every source's row, read once per {@link Database#sourceListVersion()}: the views that list or
 * filter all sources (coverage, coding queries, word frequency) read the 5,000 rows of a large
 * project again only after a source was added, renamed, moved or removed.
 */
public final class SourceLists {
    private record Cached(long version, List<Source> stored, List<Source> sorted, Comparator<Source> order) {
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
        Cached with = new Cached(c.version(), c.stored(), List.copyOf(sorted), order);
        if (cached == c) {
            cached = with;
        }
        return with.sorted();
    }

    private Cached current(Tx tx) {
        // Read the version first: a list read after it can only be as new or newer.
        long version = db.sourceListVersion();
        Cached c = cached;
        if (c == null || c.version() != version) {
            c = new Cached(version, List.copyOf(tx.sources().all()), null, null);
            cached = c;
        }
        return c;
    }
}
