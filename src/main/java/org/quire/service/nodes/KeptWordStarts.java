package org.quire.service.nodes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.quire.model.PackedWordStarts;
import org.quire.model.SourceId;
import org.quire.model.WordStarts;
import org.quire.store.Tx;

/**
 * Every source's word start offsets, packed, read once per open project and shared by the views
 * that count the words of coded passages (node counts, matrices). A source's text never changes
 * after import and ids are never reused, so nothing here goes stale; a deleted source's entry is
 * merely unused. Node counts and matrices each kept every source's offsets as ints before: at a
 * hundred times a thesis two copies of 120 MB in a 1 GB heap; packed and shared, one of 45 MB.
 */
public final class KeptWordStarts {
    private final Map<SourceId, PackedWordStarts> kept = new ConcurrentHashMap<>();
    private volatile boolean complete;

    /**
     * The word starts of each source, within the caller's transaction: every source's are read in
     * one pass the first time, and a source imported since is read when first asked for.
     */
    public Function<SourceId, WordStarts> within(Tx tx) {
        if (!complete) {
            synchronized (this) {
                if (!complete) {
                    tx.sources().eachWordStarts((id, starts) -> kept.put(id, PackedWordStarts.of(starts)));
                    complete = true;
                }
            }
        }
        return id -> kept.computeIfAbsent(id, s -> PackedWordStarts.of(tx.sources().wordStarts(s)));
    }
}
