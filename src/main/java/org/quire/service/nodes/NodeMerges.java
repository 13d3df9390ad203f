package org.quire.service.nodes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.quire.model.Coding;
import org.quire.model.MemoEntry;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.ThemeId;
import org.quire.store.Tx;

/**
 * Undo of a merge. Before merging, the merged nodes are captured the way a deletion captures them
 * (nodes, codings, memos, theme memberships), together with the memo entries and theme memberships
 * the target's subtree had; undoing takes away what the merge brought into the target and restores
 * the merged nodes with their GUIDs.
 */
public final class NodeMerges {
    private NodeMerges() {
    }

    /** What a merge would do, for its confirmation. */
    public record Impact(int nodes, int codingsMoved, int childNodes) {
    }

    /** A merge as made, with what undoing it needs. */
    public record Merged(NodeService.MergeResult result, String targetGuid, List<NodeService.DeletedNodes> merged,
                         Set<String> targetEntriesBefore, Set<String> targetLinksBefore) {
    }

    static Impact impact(Tx tx, List<NodeId> sources, NodeId target) {
        tx.nodes().existing(target);
        NodeTree tree = tx.nodes().tree();
        Set<String> atTarget = new HashSet<>();
        for (Coding c : tx.codings().byNode(target)) {
            atTarget.add(c.sourceId() + ":" + c.span());
        }
        int codings = 0;
        int children = 0;
        for (NodeId id : topmost(tree, sources)) {
            tx.nodes().existing(id);
            for (Coding c : tx.codings().byNode(id)) {
                if (!atTarget.contains(c.sourceId() + ":" + c.span())) {
                    codings++;
                }
            }
            children += tree.subtree(id).size() - 1;
        }
        return new Impact(sources.size(), codings, children);
    }

    static Merged merge(Tx tx, List<NodeId> sources, NodeId target, Supplier<NodeService.MergeResult> doMerge) {
        Node into = tx.nodes().existing(target);
        NodeTree tree = tx.nodes().tree();
        List<NodeService.DeletedNodes> captured = new ArrayList<>();
        for (NodeId id : topmost(tree, sources)) {
            tx.nodes().existing(id);
            captured.add(NodeService.snapshot(tx, id));
        }
        Set<String> entries = new HashSet<>();
        Set<String> links = new HashSet<>();
        collect(tx, target, entries, links);
        NodeService.MergeResult result = doMerge.get();
        return new Merged(result, into.guid(), List.copyOf(captured), Set.copyOf(entries), Set.copyOf(links));
    }

    static void unmerge(Tx tx, Merged merged) {
        Node target = tx.nodes().byGuid(merged.targetGuid())
                .orElseThrow(() -> new org.quire.model.QuireException("The node merged into no longer exists"));
        // Whatever of the merged nodes now lives in the target's subtree goes: their codings (moved by
        // GUID) and child nodes that were moved under it.
        for (NodeService.DeletedNodes d : merged.merged()) {
            for (Coding c : d.codings()) {
                tx.codings().byGuid(c.guid()).ifPresent(x -> tx.codings().delete(x.id()));
            }
            for (Node n : d.nodes()) {
                tx.nodes().byGuid(n.guid()).ifPresent(x -> tx.nodes().delete(x.id()));
            }
        }
        // The target keeps only the memo entries and theme memberships it had before.
        for (Node n : tx.nodes().tree().subtree(target.id())) {
            tx.memos().forTarget(new MemoTarget.OfNode(n.id())).ifPresent(memo -> {
                for (MemoEntry e : tx.memos().entries(memo.id())) {
                    if (!merged.targetEntriesBefore().contains(e.guid())) {
                        tx.memos().deleteEntry(e.id());
                    }
                }
            });
            for (ThemeId t : tx.themes().themesOf(n.id())) {
                if (!merged.targetLinksBefore().contains(t + ":" + n.guid())) {
                    tx.themes().removeNode(t, n.id());
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (NodeService.DeletedNodes d : merged.merged()) {
            Node back = NodeService.restoreIn(tx, d);
            names.add("'" + tx.nodes().path(back.id()) + "'");
        }
        tx.audit().record("node.unmerge", "node", target.guid(), "Undid the merge of " + String.join(", ", names)
                + " into '" + tx.nodes().path(target.id()) + "'", null, target, target.guid());
    }

    private static void collect(Tx tx, NodeId target, Set<String> entries, Set<String> links) {
        for (Node n : tx.nodes().tree().subtree(target)) {
            tx.memos().forTarget(new MemoTarget.OfNode(n.id()))
                    .ifPresent(m -> tx.memos().entries(m.id()).forEach(e -> entries.add(e.guid())));
            tx.themes().themesOf(n.id()).forEach(t -> links.add(t + ":" + n.guid()));
        }
    }

    /** The chosen nodes less those inside another chosen node (captured with it). */
    private static List<NodeId> topmost(NodeTree tree, List<NodeId> chosen) {
        List<NodeId> out = new ArrayList<>();
        for (NodeId id : chosen) {
            boolean inside = chosen.stream().anyMatch(other -> !other.equals(id) && tree.isSelfOrDescendant(id, other));
            if (!inside && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
