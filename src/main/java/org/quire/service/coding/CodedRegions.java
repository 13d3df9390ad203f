package org.quire.service.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quire.analysis.Intervals;
import org.quire.model.Coding;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.service.nodes.NodeService;
import org.quire.store.Tx;

/** The text coded at a node (and its descendants) as disjoint spans per source. */
public final class CodedRegions {
    private CodedRegions() {
    }

    public static Map<SourceId, List<Span>> of(Tx tx, NodeId node) {
        tx.nodes().existing(node);
        Map<SourceId, List<Span>> spans = new HashMap<>();
        for (Node n : tx.nodes().tree().subtree(node)) {
            for (Coding c : tx.codings().byNode(n.id())) {
                spans.computeIfAbsent(c.sourceId(), s -> new ArrayList<>()).add(c.span());
            }
        }
        spans.replaceAll((s, list) -> Intervals.union(list));
        return spans;
    }

    /** Whether {@code span} lies inside one of the sorted disjoint {@code regions}. */
    public static boolean inside(List<Span> regions, Span span) {
        int lo = 0;
        int hi = regions.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span r = regions.get(mid);
            if (span.start() < r.start()) {
                hi = mid - 1;
            } else if (span.start() >= r.end()) {
                lo = mid + 1;
            } else {
                return span.end() <= r.end();
            }
        }
        return false;
    }
}
