package org.quire.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.quire.model.CodedSpan;
import org.quire.model.Node;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.model.Words;

/**
 * Reference counts for every node of the code book, own and aggregated over descendants.
 *
 * <p>The codings are sorted once by (source, start, end). Each node's passages are then a sorted
 * list of positions in that order, and a parent's list is the merge of its own and its children's,
 * so one linear sweep per node yields distinct passages, sources, and the union of coded ranges
 * (overlaps never counted twice). Cost: O(c log c) for the sort plus O(c × depth) for the merges.
 */
public final class NodeCountsCalculator {
    private NodeCountsCalculator() {
    }

    /**
     * @param wordStarts word start offsets of a source (see {@link Words}); called once per source
     */
    public static Map<NodeId, NodeCounts> compute(NodeTree tree, List<CodedSpan> codings,
                                                  Function<SourceId, int[]> wordStarts) {
        List<CodedSpan> sorted = new ArrayList<>(codings);
        sorted.sort(Comparator.comparingLong((CodedSpan c) -> c.sourceId().value())
                .thenComparingInt(c -> c.span().start()).thenComparingInt(c -> c.span().end()));
        int n = sorted.size();
        long[] source = new long[n];
        int[] start = new int[n];
        int[] end = new int[n];
        Map<NodeId, int[]> ownCounts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            CodedSpan c = sorted.get(i);
            source[i] = c.sourceId().value();
            start[i] = c.span().start();
            end[i] = c.span().end();
            ownCounts.computeIfAbsent(c.nodeId(), k -> new int[1])[0]++;
        }
        Map<NodeId, int[]> own = new HashMap<>();
        Map<NodeId, Integer> fill = new HashMap<>();
        ownCounts.forEach((node, count) -> own.put(node, new int[count[0]]));
        for (int i = 0; i < n; i++) {
            NodeId node = sorted.get(i).nodeId();
            int at = fill.merge(node, 1, Integer::sum) - 1;
            own.get(node)[at] = i;
        }
        Sweep sweep = new Sweep(source, start, end, new HashMap<>(), wordStarts);
        Map<NodeId, NodeCounts> result = new HashMap<>();
        for (Node root : tree.roots()) {
            aggregate(root, tree, own, sweep, result);
        }
        return result;
    }

    private static int[] aggregate(Node node, NodeTree tree, Map<NodeId, int[]> own, Sweep sweep,
                                   Map<NodeId, NodeCounts> result) {
        int[] mine = own.getOrDefault(node.id(), new int[0]);
        int[] subtree = mine;
        for (Node child : tree.children(node.id())) {
            subtree = merge(subtree, aggregate(child, tree, own, sweep, result));
        }
        Totals o = sweep.totals(mine);
        Totals a = subtree == mine ? o : sweep.totals(subtree);
        result.put(node.id(), new NodeCounts(node.id(), mine.length, o.sources, o.characters, o.words,
                a.distinctPassages, a.sources, a.characters, a.words));
        return subtree;
    }

    private static int[] merge(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        }
        while (i < a.length) {
            out[k++] = a[i++];
        }
        while (j < b.length) {
            out[k++] = b[j++];
        }
        return out;
    }

    private record Totals(int distinctPassages, int sources, long characters, long words) {
    }

    /** One pass over positions sorted by (source, start, end). */
    private record Sweep(long[] source, int[] start, int[] end, Map<Long, int[]> words,
                         Function<SourceId, int[]> wordStarts) {
        Totals totals(int[] positions) {
            int distinct = 0;
            int sources = 0;
            long chars = 0;
            long wordCount = 0;
            long currentSource = Long.MIN_VALUE;
            int unionStart = -1;
            int unionEnd = -1;
            int previous = -1;
            for (int p : positions) {
                boolean newSource = source[p] != currentSource;
                if (previous < 0 || newSource || start[p] != start[previous] || end[p] != end[previous]) {
                    distinct++;
                }
                if (newSource || start[p] > unionEnd) {
                    if (unionEnd > unionStart) {
                        chars += unionEnd - unionStart;
                        wordCount += wordsIn(currentSource, unionStart, unionEnd);
                    }
                    if (newSource) {
                        sources++;
                        currentSource = source[p];
                    }
                    unionStart = start[p];
                    unionEnd = end[p];
                } else {
                    unionEnd = Math.max(unionEnd, end[p]);
                }
                previous = p;
            }
            if (unionEnd > unionStart) {
                chars += unionEnd - unionStart;
                wordCount += wordsIn(currentSource, unionStart, unionEnd);
            }
            return new Totals(distinct, sources, chars, wordCount);
        }

        private long wordsIn(long sourceId, int from, int to) {
            int[] starts = words.computeIfAbsent(sourceId, id -> wordStarts.apply(new SourceId(id)));
            return Words.countIn(starts, new Span(from, to));
        }
    }
}
