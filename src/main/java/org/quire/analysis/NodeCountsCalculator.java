package org.quire.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.quire.model.Coding;
import org.quire.model.Node;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.model.Words;

/**
 * Reference counts for every node of the code book, own and aggregated over descendants.
 * Cost is O(c log c) in the number of codings: each node's passages are grouped per source,
 * sorted once and swept to a union, so overlapping codings are never counted twice.
 */
public final class NodeCountsCalculator {
    private NodeCountsCalculator() {
    }

    /**
     * @param wordStarts word start offsets of a source (see {@link Words}); called once per source
     */
    public static Map<NodeId, NodeCounts> compute(NodeTree tree, List<Coding> codings,
                                                  Function<SourceId, int[]> wordStarts) {
        Map<NodeId, Map<SourceId, List<Span>>> own = new HashMap<>();
        for (Coding c : codings) {
            own.computeIfAbsent(c.nodeId(), k -> new HashMap<>())
                    .computeIfAbsent(c.sourceId(), k -> new ArrayList<>()).add(c.span());
        }
        Map<SourceId, int[]> words = new HashMap<>();
        Function<SourceId, int[]> cachedWords = id -> words.computeIfAbsent(id, wordStarts);
        Map<NodeId, NodeCounts> result = new HashMap<>();
        for (Node root : tree.roots()) {
            aggregate(root, tree, own, cachedWords, result);
        }
        return result;
    }

    /** Computes the node's counts and returns its subtree's passages per source (for the parent). */
    private static Map<SourceId, List<Span>> aggregate(Node node, NodeTree tree,
                                                       Map<NodeId, Map<SourceId, List<Span>>> own,
                                                       Function<SourceId, int[]> words,
                                                       Map<NodeId, NodeCounts> result) {
        Map<SourceId, List<Span>> mine = own.getOrDefault(node.id(), Map.of());
        Map<SourceId, List<Span>> subtree = new HashMap<>();
        mine.forEach((s, spans) -> subtree.computeIfAbsent(s, k -> new ArrayList<>()).addAll(spans));
        for (Node child : tree.children(node.id())) {
            aggregate(child, tree, own, words, result)
                    .forEach((s, spans) -> subtree.computeIfAbsent(s, k -> new ArrayList<>()).addAll(spans));
        }
        Totals o = totals(mine, words);
        Totals a = totals(subtree, words);
        int ownRefs = mine.values().stream().mapToInt(List::size).sum();
        result.put(node.id(), new NodeCounts(node.id(), ownRefs, mine.size(), o.characters, o.words,
                a.distinctPassages, subtree.size(), a.characters, a.words));
        return subtree;
    }

    private record Totals(int distinctPassages, long characters, long words) {
    }

    private static Totals totals(Map<SourceId, List<Span>> bySource, Function<SourceId, int[]> words) {
        int distinct = 0;
        long chars = 0;
        long wordCount = 0;
        for (Map.Entry<SourceId, List<Span>> e : bySource.entrySet()) {
            Set<Span> unique = new HashSet<>(e.getValue());
            distinct += unique.size();
            int[] starts = words.apply(e.getKey());
            for (Span u : Intervals.union(new ArrayList<>(unique))) {
                chars += u.length();
                wordCount += Words.countIn(starts, u);
            }
        }
        return new Totals(distinct, chars, wordCount);
    }
}
