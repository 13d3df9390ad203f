package org.quire.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.quire.model.CodedSpan;
import org.quire.model.Node;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.model.WordStarts;
import org.quire.model.Words;

/**
 * Reference counts for every node of the code book, own and aggregated over descendants.
 *
 * <p>Each node's passages are kept sorted by (source, start, end); a parent's passages are the
 * merge of its own and its children's, so one linear sweep per node yields distinct passages,
 * sources, and the union of coded ranges (overlaps never counted twice). A full computation costs
 * O(c log c + c × depth); after a change, {@link #update} recomputes only the changed nodes and
 * their ancestors.
 */
public final class NodeCountsCalculator {
    private NodeCountsCalculator() {
    }

    /** One node's passages in (source, start, end) order. */
    public record Passages(long[] source, int[] start, int[] end) {
        static final Passages EMPTY = new Passages(new long[0], new int[0], new int[0]);

        public int size() {
            return source.length;
        }

        /** Sorts the given spans (all of one node) into passages. */
        public static Passages of(List<CodedSpan> spans) {
            List<CodedSpan> sorted = new ArrayList<>(spans);
            sorted.sort(Comparator.comparingLong((CodedSpan c) -> c.sourceId().value())
                    .thenComparingInt(c -> c.span().start()).thenComparingInt(c -> c.span().end()));
            long[] source = new long[sorted.size()];
            int[] start = new int[sorted.size()];
            int[] end = new int[sorted.size()];
            for (int i = 0; i < sorted.size(); i++) {
                source[i] = sorted.get(i).sourceId().value();
                start[i] = sorted.get(i).span().start();
                end[i] = sorted.get(i).span().end();
            }
            return new Passages(source, start, end);
        }

        private int compare(int i, Passages o, int j) {
            int c = Long.compare(source[i], o.source[j]);
            if (c == 0) {
                c = Integer.compare(start[i], o.start[j]);
            }
            return c != 0 ? c : Integer.compare(end[i], o.end[j]);
        }

        Passages merge(Passages o) {
            if (o.size() == 0) {
                return this;
            }
            if (size() == 0) {
                return o;
            }
            int n = size() + o.size();
            long[] s = new long[n];
            int[] a = new int[n];
            int[] b = new int[n];
            int i = 0;
            int j = 0;
            for (int k = 0; k < n; k++) {
                boolean mine = j >= o.size() || (i < size() && compare(i, o, j) <= 0);
                Passages from = mine ? this : o;
                int at = mine ? i++ : j++;
                s[k] = from.source[at];
                a[k] = from.start[at];
                b[k] = from.end[at];
            }
            return new Passages(s, a, b);
        }
    }

    /** Groups codings by node, each node's passages sorted. */
    public static Map<NodeId, Passages> byNode(List<CodedSpan> codings) {
        Map<NodeId, List<CodedSpan>> grouped = new HashMap<>();
        for (CodedSpan c : codings) {
            grouped.computeIfAbsent(c.nodeId(), k -> new ArrayList<>()).add(c);
        }
        Map<NodeId, Passages> out = new HashMap<>();
        grouped.forEach((node, list) -> out.put(node, Passages.of(list)));
        return out;
    }

    /** Convenience for a one-off computation from a flat list of codings. */
    public static Map<NodeId, NodeCounts> compute(NodeTree tree, List<CodedSpan> codings,
                                                  Function<SourceId, ? extends WordStarts> wordStarts) {
        return compute(tree, byNode(codings), wordStarts);
    }

    /**
     * @param own        each node's own passages
     * @param wordStarts word start offsets of a source (see {@link Words})
     */
    public static Map<NodeId, NodeCounts> compute(NodeTree tree, Map<NodeId, Passages> own,
                                                  Function<SourceId, ? extends WordStarts> wordStarts) {
        Map<NodeId, NodeCounts> result = new HashMap<>();
        Sweep sweep = new Sweep(wordStarts);
        for (Node root : tree.roots()) {
            aggregate(root, tree, own, sweep, result);
        }
        return result;
    }

    /**
     * Recomputes, in {@code counts}, the nodes in {@code changed} and all their ancestors after
     * their own passages in {@code own} were replaced; every other node's counts stay as they are.
     */
    public static void update(NodeTree tree, Map<NodeId, Passages> own, Set<NodeId> changed,
                              Map<NodeId, NodeCounts> counts, Function<SourceId, ? extends WordStarts> wordStarts) {
        Set<NodeId> affected = new LinkedHashSet<>();
        for (NodeId id : changed) {
            // Up to the root, stopping where an earlier walk already went.
            Node n = tree.get(id).orElse(null);
            while (n != null && affected.add(n.id())) {
                n = n.parentId() == null ? null : tree.get(n.parentId()).orElse(null);
            }
        }
        Sweep sweep = new Sweep(wordStarts);
        for (NodeId id : affected) {
            Passages mine = own.getOrDefault(id, Passages.EMPTY);
            List<Passages> parts = new ArrayList<>();
            for (Node n : tree.subtree(id)) {
                parts.add(own.getOrDefault(n.id(), Passages.EMPTY));
            }
            counts.put(id, counts(id, mine, mergeAll(parts, 0, parts.size()), sweep));
        }
    }

    /** Merges sorted lists pairwise, halves first, so each element is copied O(log k) times. */
    private static Passages mergeAll(List<Passages> parts, int from, int to) {
        if (to - from == 0) {
            return Passages.EMPTY;
        }
        if (to - from == 1) {
            return parts.get(from);
        }
        int mid = (from + to) >>> 1;
        return mergeAll(parts, from, mid).merge(mergeAll(parts, mid, to));
    }

    private static Passages aggregate(Node node, NodeTree tree, Map<NodeId, Passages> own, Sweep sweep,
                                      Map<NodeId, NodeCounts> result) {
        Passages mine = own.getOrDefault(node.id(), Passages.EMPTY);
        Passages subtree = mine;
        for (Node child : tree.children(node.id())) {
            subtree = subtree.merge(aggregate(child, tree, own, sweep, result));
        }
        result.put(node.id(), counts(node.id(), mine, subtree, sweep));
        return subtree;
    }

    private static NodeCounts counts(NodeId id, Passages mine, Passages subtree, Sweep sweep) {
        Totals o = sweep.totals(mine);
        Totals a = subtree == mine ? o : sweep.totals(subtree);
        return new NodeCounts(id, mine.size(), o.sources, o.characters, o.words, a.distinctPassages, a.sources,
                a.characters, a.words);
    }

    private record Totals(int distinctPassages, int sources, long characters, long words) {
    }

    /** One pass over passages sorted by (source, start, end). */
    private static final class Sweep {
        private final Map<Long, WordStarts> words = new HashMap<>();
        private final Function<SourceId, ? extends WordStarts> wordStarts;

        Sweep(Function<SourceId, ? extends WordStarts> wordStarts) {
            this.wordStarts = wordStarts;
        }

        Totals totals(Passages p) {
            int distinct = 0;
            int sources = 0;
            long chars = 0;
            long wordCount = 0;
            long currentSource = Long.MIN_VALUE;
            int unionStart = -1;
            int unionEnd = -1;
            for (int i = 0; i < p.size(); i++) {
                boolean newSource = p.source[i] != currentSource;
                if (i == 0 || newSource || p.start[i] != p.start[i - 1] || p.end[i] != p.end[i - 1]) {
                    distinct++;
                }
                if (newSource || p.start[i] > unionEnd) {
                    if (unionEnd > unionStart) {
                        chars += unionEnd - unionStart;
                        wordCount += wordsIn(currentSource, unionStart, unionEnd);
                    }
                    if (newSource) {
                        sources++;
                        currentSource = p.source[i];
                    }
                    unionStart = p.start[i];
                    unionEnd = p.end[i];
                } else {
                    unionEnd = Math.max(unionEnd, p.end[i]);
                }
            }
            if (unionEnd > unionStart) {
                chars += unionEnd - unionStart;
                wordCount += wordsIn(currentSource, unionStart, unionEnd);
            }
            return new Totals(distinct, sources, chars, wordCount);
        }

        private long wordsIn(long sourceId, int from, int to) {
            WordStarts starts = words.computeIfAbsent(sourceId, id -> wordStarts.apply(new SourceId(id)));
            return starts.countIn(new Span(from, to));
        }
    }
}
