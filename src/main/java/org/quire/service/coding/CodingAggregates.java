package org.quire.service.coding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.quire.analysis.Coverage;
import org.quire.analysis.Intervals;
import org.quire.model.CodedSpan;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.store.CodingChanges;
import org.quire.store.CodingStore;
import org.quire.store.Database;
import org.quire.store.StatsStore;
import org.quire.store.Tx;

/**
 * The project's codings held in memory for the views that read all of them: every node's own
 * passages (coding queries, matrices) and every source's coverage with when it was first and last
 * coded (coverage, phase tracker, checklist). Read once from the database, then kept up to date
 * from the record of committed coding changes ({@link Database#codingChangeFeed()}): after an edit
 * only the nodes it touched, and the sources those nodes' passages lie in, are read again. So a
 * view costs the same whether the project has a thousand codings or a million, and gives exactly
 * what reading every coding would.
 *
 * <p>Kept compactly (a node's passages as three primitive arrays), about 16 bytes a coding.
 */
public final class CodingAggregates {
    /** One source's coverage, and when its first and last coding still there were made. */
    public record SourceFacts(Coverage.Counts coverage, Instant firstCoded, Instant lastCoded) {
    }

    /** A node's own passages: source, start and end of each, in the order read. */
    private static final class NodeRows {
        long[] sources = new long[4];
        int[] starts = new int[4];
        int[] ends = new int[4];
        int size;

        void add(long source, int start, int end) {
            if (size == sources.length) {
                int n = size * 2;
                sources = Arrays.copyOf(sources, n);
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
            }
            sources[size] = source;
            starts[size] = start;
            ends[size] = end;
            size++;
        }
    }

    private final Database db;
    private final Supplier<CodingChanges> changes;
    private final Map<Long, NodeRows> byNode = new HashMap<>();
    private final Map<SourceId, SourceFacts> bySource = new HashMap<>();
    private boolean loaded;

    public CodingAggregates(Database db) {
        this.db = db;
        this.changes = db.codingChangeFeed();
    }

    /** Every coded source's coverage and coding dates; a source without codings is not in it. */
    public Map<SourceId, SourceFacts> sources() {
        return db.read(tx -> {
            synchronized (this) {
                refresh(tx);
                return Map.copyOf(bySource);
            }
        });
    }

    /** How many codings there are with the first and last made, and how many sources have one. */
    public record Totals(StatsStore.Count codings, long sourcesCoded) {
    }

    public Totals totals() {
        return db.read(tx -> {
            synchronized (this) {
                refresh(tx);
                long count = 0;
                Instant first = null;
                Instant last = null;
                for (SourceFacts f : bySource.values()) {
                    count += f.coverage().codings();
                    if (f.firstCoded() != null && (first == null || f.firstCoded().isBefore(first))) {
                        first = f.firstCoded();
                    }
                    if (f.lastCoded() != null && (last == null || f.lastCoded().isAfter(last))) {
                        last = f.lastCoded();
                    }
                }
                return new Totals(new StatsStore.Count(count, first, last), bySource.size());
            }
        });
    }

    /**
     * The text coded at {@code node} and its descendants in {@code tree}, as sorted disjoint spans
     * per source (what {@link CodedRegions#of} reads from the database), within the caller's transaction.
     */
    public Map<SourceId, List<Span>> regions(Tx tx, NodeTree tree, NodeId node) {
        tx.nodes().existing(node);
        Map<SourceId, List<Span>> spans = new HashMap<>();
        synchronized (this) {
            refresh(tx);
            for (Node n : tree.subtree(node)) {
                NodeRows rows = byNode.get(n.id().value());
                if (rows == null) {
                    continue;
                }
                List<Span> last = null;
                long lastSource = Long.MIN_VALUE;
                for (int i = 0; i < rows.size; i++) {
                    if (last == null || rows.sources[i] != lastSource) {
                        lastSource = rows.sources[i];
                        last = spans.computeIfAbsent(new SourceId(lastSource), s -> new ArrayList<>());
                    }
                    last.add(new Span(rows.starts[i], rows.ends[i]));
                }
            }
        }
        spans.replaceAll((s, list) -> Intervals.union(list));
        return spans;
    }

    /** Each of a node's own codings (not its descendants'), within the caller's transaction. */
    public void eachSpan(Tx tx, NodeId node, java.util.function.Consumer<CodedSpan> each) {
        List<CodedSpan> out = new ArrayList<>();
        synchronized (this) {
            refresh(tx);
            NodeRows rows = byNode.get(node.value());
            if (rows != null) {
                for (int i = 0; i < rows.size; i++) {
                    out.add(new CodedSpan(node, new SourceId(rows.sources[i]), new Span(rows.starts[i], rows.ends[i])));
                }
            }
        }
        out.forEach(each);
    }

    // Brings the memory up to date with what has been committed; caller holds the lock.
    private void refresh(Tx tx) {
        CodingChanges c = changes.get();
        try {
            if (!loaded || c.everything()) {
                loadAll(tx);
            } else if (!c.nodes().isEmpty()) {
                update(tx, c.nodes());
            }
        } catch (RuntimeException | Error e) {
            // The changes just taken are lost with the failure: read everything next time.
            loaded = false;
            throw e;
        }
    }

    private void loadAll(Tx tx) {
        byNode.clear();
        bySource.clear();
        List<CodedSpan> spans = new ArrayList<>();
        Map<Long, Instant[]> dates = new HashMap<>();
        tx.codings().eachRow(r -> {
            byNode.computeIfAbsent(r.node(), k -> new NodeRows()).add(r.source(), r.start(), r.end());
            spans.add(new CodedSpan(new NodeId(r.node()), new SourceId(r.source()), new Span(r.start(), r.end())));
            widen(dates.computeIfAbsent(r.source(), k -> new Instant[2]), r.createdAt());
        });
        put(spans, dates);
        loaded = true;
    }

    private void update(Tx tx, Set<NodeId> nodes) {
        Set<SourceId> touched = new HashSet<>();
        for (NodeId n : nodes) {
            NodeRows old = byNode.remove(n.value());
            if (old != null) {
                for (int i = 0; i < old.size; i++) {
                    touched.add(new SourceId(old.sources[i]));
                }
            }
        }
        for (CodingStore.Row r : tx.codings().rowsOfNodes(nodes)) {
            byNode.computeIfAbsent(r.node(), k -> new NodeRows()).add(r.source(), r.start(), r.end());
            touched.add(new SourceId(r.source()));
        }
        if (touched.isEmpty()) {
            return;
        }
        touched.forEach(bySource::remove);
        List<CodedSpan> spans = new ArrayList<>();
        Map<Long, Instant[]> dates = new HashMap<>();
        for (CodingStore.Row r : tx.codings().rowsOfSources(touched)) {
            spans.add(new CodedSpan(new NodeId(r.node()), new SourceId(r.source()), new Span(r.start(), r.end())));
            widen(dates.computeIfAbsent(r.source(), k -> new Instant[2]), r.createdAt());
        }
        put(spans, dates);
    }

    private void put(List<CodedSpan> spans, Map<Long, Instant[]> dates) {
        Coverage.bySource(spans).forEach((source, counts) -> {
            Instant[] d = dates.get(source.value());
            bySource.put(source, new SourceFacts(counts, d[0], d[1]));
        });
    }

    private static void widen(Instant[] range, Instant at) {
        if (at == null) {
            return;
        }
        if (range[0] == null || at.isBefore(range[0])) {
            range[0] = at;
        }
        if (range[1] == null || at.isAfter(range[1])) {
            range[1] = at;
        }
    }
}
