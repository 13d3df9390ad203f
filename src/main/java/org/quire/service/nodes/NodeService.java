package org.quire.service.nodes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quire.analysis.NodeCountsCalculator;
import org.quire.model.Coder;
import org.quire.model.Coding;
import org.quire.model.MapElement;
import org.quire.model.MapLink;
import org.quire.model.MapPosition;
import org.quire.model.Memo;
import org.quire.model.MemoEntry;
import org.quire.model.MemoTarget;
import org.quire.model.Node;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.model.NodePath;
import org.quire.model.NodeTree;
import org.quire.model.QuireException;
import org.quire.model.ThemeId;
import org.quire.model.Validation;
import org.quire.service.memos.MemoService;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.Tx;

/** The code book: creating, naming, moving, merging and deleting nodes, and their counts. */
public final class NodeService {
    /** What deleting a node takes with it; shown in the confirmation. */
    public record DeletionImpact(int descendants, int codings) {
    }

    /** A node's memo with its entries, kept so a deletion can be undone. */
    public record NodeMemo(NodeId nodeId, Memo memo, List<MemoEntry> entries) {
    }

    /**
     * Everything a deletion removed — the node and its descendants (parents first), their codings,
     * memos, theme memberships, and their boxes' saved places and typed links on the thematic map —
     * so that {@link #restore} can put it all back.
     */
    public record DeletedNodes(List<Node> nodes, List<Coding> codings, List<NodeMemo> memos,
                               List<Map.Entry<ThemeId, NodeId>> themeLinks, List<MapPosition> mapPositions,
                               List<MapLink> mapLinks) {
        public DeletedNodes {
            mapPositions = mapPositions == null ? List.of() : List.copyOf(mapPositions);
            mapLinks = mapLinks == null ? List.of() : List.copyOf(mapLinks);
        }

        public DeletionImpact impact() {
            return new DeletionImpact(nodes.size() - 1, codings.size());
        }
    }

    /** What a merge did. */
    public record MergeResult(Node target, int nodesMerged, int codingsMoved) {
    }

    private final Database db;
    private final Coder coder;

    public NodeService(Database db, Coder coder, KeptWordStarts wordStarts) {
        this.db = db;
        this.coder = coder;
        this.wordStarts = wordStarts;
    }

    public NodeTree tree() {
        return db.read(tx -> tx.nodes().tree());
    }

    /** The first {@code limit} nodes of the code book depth first, and how many there are in all. */
    public org.quire.store.NodeStore.Head firstDepthFirst(int limit) {
        return db.read(tx -> tx.nodes().firstDepthFirst(limit));
    }

    public Node get(NodeId id) {
        return db.read(tx -> tx.nodes().existing(id));
    }

    /** A node by its GUID, which survives undo and restore (its id may not). */
    public Node byGuid(String guid) {
        return db.read(tx -> tx.nodes().byGuid(guid)
                .orElseThrow(() -> new QuireException("That node no longer exists")));
    }

    /** Finds a node by its path ({@code Parent/Child}), names compared ignoring case. */
    public Node find(String path) {
        return db.read(tx -> tx.nodes().tree().find(path).orElseGet(() -> tx.nodes().resolve(path)));
    }

    /**
     * Creates a node.
     *
     * @param parent null for a top-level node
     * @param color  #RRGGBB, or null for the next colour of the default palette
     */
    public Node create(NodeId parent, String name, String description, String color) {
        String checked = Validation.name("Node", name);
        String colour = color == null ? null : Validation.color(color);
        return db.write(coder, tx -> create(tx, parent, checked, Validation.text(description), colour));
    }

    /** Creates the node at {@code path}, and any missing ancestors; an existing node is returned as it is. */
    public Node createPath(String path, String description, String color) {
        List<String> names = NodePath.parse(path).stream().map(n -> Validation.name("Node", n)).toList();
        String colour = color == null ? null : Validation.color(color);
        return db.write(coder, tx -> {
            Node current = null;
            for (int i = 0; i < names.size(); i++) {
                NodeId parent = current == null ? null : current.id();
                boolean last = i == names.size() - 1;
                current = tx.nodes().child(parent, names.get(i)).orElse(null);
                if (current == null) {
                    current = create(tx, parent, names.get(i), last ? Validation.text(description) : "",
                            last ? colour : null);
                }
            }
            return current;
        });
    }

    private Node create(Tx tx, NodeId parent, String name, String description, String color) {
        if (parent != null) {
            tx.nodes().existing(parent);
        }
        requireFreeName(tx, parent, name, null);
        String colour = color != null ? color : Palette.colorFor(tx.nodes().count());
        Node node = tx.nodes().insert(Guids.next(), parent, name, description, colour, tx.now());
        tx.audit().record("node.create", "node", node.guid(), "Created node '" + tx.nodes().path(node.id()) + "'", null, node,
                parentGuid(tx, node));
        return node;
    }

    public Node rename(NodeId id, String newName) {
        String name = Validation.name("Node", newName);
        return update(id, "node.rename", n -> new Node(n.id(), n.guid(), n.parentId(), name, n.description(), n.color(),
                n.createdAt(), n.updatedAt()), (tx, before) -> "Renamed node '" + before.name() + "' to '" + name + "'");
    }

    public Node describe(NodeId id, String description) {
        String text = Validation.text(description);
        return update(id, "node.describe", n -> new Node(n.id(), n.guid(), n.parentId(), n.name(), text, n.color(),
                n.createdAt(), n.updatedAt()), (tx, before) -> "Changed the description of '" + tx.nodes().path(id) + "'");
    }

    public Node recolor(NodeId id, String color) {
        String colour = Validation.color(color);
        return update(id, "node.recolor", n -> new Node(n.id(), n.guid(), n.parentId(), n.name(), n.description(),
                colour, n.createdAt(), n.updatedAt()), (tx, before) -> "Changed the colour of '" + tx.nodes().path(id)
                + "' to " + colour);
    }

    /** Moves a node (with its children) under {@code newParent}, or to the top level when null. */
    public Node move(NodeId id, NodeId newParent) {
        return db.write(coder, tx -> {
            Node before = tx.nodes().existing(id);
            String fromPath = tx.nodes().path(id);
            if (newParent != null) {
                tx.nodes().existing(newParent);
                if (tx.nodes().tree().isSelfOrDescendant(newParent, id)) {
                    throw new QuireException("Cannot move '" + fromPath + "' under itself or one of its own children");
                }
            }
            requireFreeName(tx, newParent, before.name(), id);
            Node after = new Node(id, before.guid(), newParent, before.name(), before.description(), before.color(),
                    before.createdAt(), tx.now());
            tx.nodes().update(after, tx.now());
            tx.audit().record("node.move", "node", before.guid(), "Moved '" + fromPath + "' to '" + tx.nodes().path(id) + "'",
                    before, after, parentGuid(tx, before), parentGuid(tx, after));
            return after;
        });
    }

    private interface Describe {
        String summary(Tx tx, Node before);
    }

    private Node update(NodeId id, String action, java.util.function.UnaryOperator<Node> change, Describe summary) {
        return db.write(coder, tx -> {
            Node before = tx.nodes().existing(id);
            Node after = change.apply(before);
            if (!after.name().equals(before.name())) {
                requireFreeName(tx, before.parentId(), after.name(), id);
            }
            String text = summary.summary(tx, before);
            tx.nodes().update(after, tx.now());
            Node stored = tx.nodes().existing(id);
            tx.audit().record(action, "node", before.guid(), text, before, stored);
            return stored;
        });
    }

    /** How many child nodes (at any depth) and codings deleting this node removes. */
    public DeletionImpact deletionImpact(NodeId id) {
        return db.read(tx -> {
            NodeTree tree = tx.nodes().tree();
            List<Node> subtree = tree.subtree(id);
            int codings = 0;
            for (Node n : subtree) {
                codings += (int) tx.codings().countByNode(n.id());
            }
            return new DeletionImpact(subtree.size() - 1, codings);
        });
    }

    /**
     * Deletes a node with all its child nodes, codings, memos and theme memberships. The audit entry
     * keeps what was deleted; the returned record lets the deletion be undone.
     */
    public DeletedNodes delete(NodeId id) {
        return db.write(coder, tx -> {
            Node node = tx.nodes().existing(id);
            String path = tx.nodes().path(id);
            DeletedNodes gone = snapshot(tx, id);
            tx.nodes().delete(id);
            tx.audit().record("node.delete", "node", node.guid(), "Deleted node '" + path + "' with "
                    + (gone.nodes().size() - 1) + " child nodes and " + gone.codings().size() + " codings", gone, null,
                    parentGuid(tx, node));
            return gone;
        });
    }

    /** A node with everything below and attached to it, as {@link #restore} needs it. */
    static DeletedNodes snapshot(Tx tx, NodeId id) {
        NodeTree tree = tx.nodes().tree();
        List<Node> subtree = tree.subtree(id);
        List<Coding> codings = new ArrayList<>();
        List<NodeMemo> memos = new ArrayList<>();
        List<Map.Entry<ThemeId, NodeId>> links = new ArrayList<>();
        List<MapPosition> positions = new ArrayList<>();
        Map<String, MapLink> mapLinks = new LinkedHashMap<>();
        for (Node n : subtree) {
            codings.addAll(tx.codings().byNode(n.id()));
            tx.memos().forTarget(new MemoTarget.OfNode(n.id()))
                    .ifPresent(m -> memos.add(new NodeMemo(n.id(), m, tx.memos().entries(m.id()))));
            tx.themes().themesOf(n.id()).forEach(t -> links.add(Map.entry(t, n.id())));
            tx.maps().position(MapElement.of(n.id())).ifPresent(positions::add);
            // A link between two nodes of the subtree touches both: kept once.
            tx.maps().linksTouching(MapElement.of(n.id())).forEach(l -> mapLinks.putIfAbsent(l.guid(), l));
        }
        return new DeletedNodes(subtree, codings, memos, links, positions, List.copyOf(mapLinks.values()));
    }

    /**
     * Puts deleted nodes back as they were — same GUIDs, names, descriptions, colours, codings,
     * memos and theme memberships (undo of a deletion). Codings of sources deleted since are skipped.
     */
    public Node restore(DeletedNodes deleted) {
        return db.write(coder, tx -> {
            Node top = restoreIn(tx, deleted);
            tx.audit().record("node.restore", "node", top.guid(), "Restored node '" + tx.nodes().path(top.id()) + "' with "
                    + (deleted.nodes().size() - 1) + " child nodes and " + deleted.codings().size() + " codings",
                    null, top, parentGuid(tx, top));
            return top;
        });
    }

    static Node restoreIn(Tx tx, DeletedNodes deleted) {
        Map<NodeId, NodeId> ids = new HashMap<>();
        for (Node n : deleted.nodes()) {
            NodeId parent = n.parentId() == null ? null : ids.getOrDefault(n.parentId(), n.parentId());
            if (parent != null && tx.nodes().get(parent).isEmpty()) {
                throw new QuireException("Cannot restore '" + n.name() + "': its parent node no longer exists");
            }
            requireFreeName(tx, parent, n.name(), null);
            Node back = tx.nodes().insert(n.guid(), parent, n.name(), n.description(), n.color(), n.createdAt());
            ids.put(n.id(), back.id());
        }
        for (Coding c : deleted.codings()) {
            if (tx.sources().get(c.sourceId()).isPresent()) {
                tx.codings().insert(c.guid(), c.sourceId(), ids.get(c.nodeId()), c.span(), c.coderId(), c.createdAt());
            }
        }
        for (NodeMemo m : deleted.memos()) {
            Memo memo = tx.memos().insert(m.memo().guid(), new MemoTarget.OfNode(ids.get(m.nodeId())),
                    m.memo().title(), m.memo().createdAt());
            for (MemoEntry e : m.entries()) {
                Coder author = tx.coders().getOrCreate(e.coder());
                tx.memos().addEntry(e.guid(), memo.id(), e.at(), author.id(), e.coder(), e.text());
            }
        }
        for (Map.Entry<ThemeId, NodeId> link : deleted.themeLinks()) {
            if (tx.themes().get(link.getKey()).isPresent()) {
                tx.themes().addNode(link.getKey(), ids.get(link.getValue()));
            }
        }
        for (MapPosition p : deleted.mapPositions()) {
            tx.maps().place(MapElement.of(ids.get(p.element().nodeId())), p.x(), p.y());
        }
        for (MapLink l : deleted.mapLinks()) {
            MapElement from = restored(tx, l.from(), ids);
            MapElement to = restored(tx, l.to(), ids);
            // A link to a theme or node deleted since has nothing to point at; it stays gone.
            if (from != null && to != null && tx.maps().linkByGuid(l.guid()).isEmpty()) {
                tx.maps().insertLink(l.guid(), from, to, l.label(), l.createdAt());
            }
        }
        return tx.nodes().existing(ids.get(deleted.nodes().get(0).id()));
    }

    // A map box of the restored nodes under its new id; any other box only if it still exists.
    private static MapElement restored(Tx tx, MapElement e, Map<NodeId, NodeId> ids) {
        if (e.kind() == MapElement.Kind.THEME) {
            return tx.themes().get(e.themeId()).isPresent() ? e : null;
        }
        NodeId id = ids.getOrDefault(e.nodeId(), e.nodeId());
        return tx.nodes().get(id).isPresent() ? MapElement.of(id) : null;
    }

    /**
     * Merges nodes into {@code target}: every coding moves to the target (a passage the target
     * already codes is not duplicated), child nodes move under it (merging with a same-named child
     * there), theme memberships and memo entries move too, and the target's memo gets a dated entry
     * saying what was merged. Merging a node into itself or into one of its descendants is refused.
     */
    public MergeResult merge(List<NodeId> sources, NodeId target) {
        if (sources.isEmpty()) {
            throw new QuireException("Choose at least one node to merge");
        }
        return db.write(coder, tx -> mergeIn(tx, sources, target));
    }

    /** {@link #merge}, returning also what {@link #unmerge} needs to put the merged nodes back. */
    public NodeMerges.Merged mergeRecorded(List<NodeId> sources, NodeId target) {
        if (sources.isEmpty()) {
            throw new QuireException("Choose at least one node to merge");
        }
        return db.write(coder, tx -> NodeMerges.merge(tx, sources, target, () -> mergeIn(tx, sources, target)));
    }

    /** Undoes a merge: the merged nodes come back as they were and the target is as it was before. */
    public void unmerge(NodeMerges.Merged merged) {
        db.write(coder, tx -> {
            NodeMerges.unmerge(tx, merged);
            return null;
        });
    }

    /**
     * How many codings a merge moves to the target (passages it already codes are not counted)
     * and how many child nodes go with the merged nodes, for the confirmation.
     */
    public NodeMerges.Impact mergeImpact(List<NodeId> sources, NodeId target) {
        return db.read(tx -> NodeMerges.impact(tx, sources, target));
    }

    private MergeResult mergeIn(Tx tx, List<NodeId> sources, NodeId target) {
        Node into = tx.nodes().existing(target);
        String targetPath = tx.nodes().path(target);
        int[] counts = new int[2];
        List<String> merged = new ArrayList<>();
        for (NodeId id : sources) {
            Node from = tx.nodes().existing(id);
            String fromPath = tx.nodes().path(id);
            if (id.equals(target)) {
                throw new QuireException("Cannot merge '" + fromPath + "' into itself");
            }
            if (tx.nodes().tree().isSelfOrDescendant(target, id)) {
                throw new QuireException("Cannot merge '" + fromPath + "' into '" + targetPath
                        + "', which is one of its own descendants");
            }
            mergeInto(tx, from, into, counts);
            merged.add(fromPath);
            tx.audit().record("node.merge", "node", from.guid(), "Merged '" + fromPath + "' into '" + targetPath
                    + "'", from, into, into.guid());
        }
        String entry = "Merged " + String.join(", ", merged.stream().map(p -> "'" + p + "'").toList())
                + " into this node (" + counts[1] + " codings moved" + (counts[0] > merged.size()
                ? ", " + (counts[0] - merged.size()) + " child nodes merged" : "") + ").";
        MemoService.appendEntry(tx, new MemoTarget.OfNode(target), "Memo: " + into.name(), entry);
        return new MergeResult(tx.nodes().existing(target), counts[0], counts[1]);
    }

    private void mergeInto(Tx tx, Node from, Node into, int[] counts) {
        counts[0]++;
        counts[1] += tx.codings().moveAll(from.id(), into.id());
        for (Node child : tx.nodes().children(from.id())) {
            var clash = tx.nodes().child(into.id(), child.name());
            if (clash.isPresent()) {
                mergeInto(tx, child, clash.get(), counts);
            } else {
                tx.nodes().update(new Node(child.id(), child.guid(), into.id(), child.name(), child.description(),
                        child.color(), child.createdAt(), tx.now()), tx.now());
            }
        }
        tx.themes().moveNodeMemberships(from.id(), into.id());
        tx.memos().forTarget(new MemoTarget.OfNode(from.id())).ifPresent(memo -> moveEntries(tx, memo, into));
        tx.nodes().delete(from.id());
    }

    // Entries keep their own dates, coders and GUIDs; the merge entry records where they came from.
    private static void moveEntries(Tx tx, Memo memo, Node into) {
        Memo targetMemo = MemoService.memoFor(tx, new MemoTarget.OfNode(into.id()), "Memo: " + into.name());
        tx.memos().moveEntries(memo.id(), targetMemo.id());
    }

    /**
     * Reference counts for every node, own and aggregated over descendants. The result of the last
     * call is kept; the next call recomputes only the nodes whose codings changed since (the store
     * records every coding it writes, whichever service wrote it) and their ancestors. A change to
     * the tree's shape, or a deleted source, recomputes everything.
     */
    public Map<NodeId, NodeCounts> counts() {
        synchronized (countsLock) {
            // Taken before the read begins, so the read sees at least every change taken here.
            org.quire.store.CodingChanges changes = db.takeCodingChanges();
            try {
                return countsAfter(changes);
            } catch (RuntimeException e) {
                // The changes just taken are lost with the failure: start afresh next time.
                counts = null;
                throw e;
            }
        }
    }

    private Map<NodeId, NodeCounts> countsAfter(org.quire.store.CodingChanges changes) {
        return db.read(tx -> {
            // The kept code book: reading and sorting every node at each count was most of a warm
            // count at a hundred times a thesis. The same tree object means the same shape.
            NodeTree tree = tx.nodes().tree();
            String shape = tree == countsTree ? countsShape : shape(tree.depthFirst());
            java.util.function.Function<org.quire.model.SourceId, org.quire.model.WordStarts> words = wordStarts.within(tx);
            if (counts == null || changes.everything() || !shape.equals(countsShape)) {
                ownPassages = NodeCountsCalculator.byNode(tx.codings().allSpans());
                counts = NodeCountsCalculator.compute(tree, ownPassages, words);
                countsView = null;
            } else if (!changes.nodes().isEmpty()) {
                java.util.Set<NodeId> changed = new java.util.HashSet<>();
                for (NodeId id : changes.nodes()) {
                    if (tree.get(id).isPresent()) {
                        ownPassages.put(id, NodeCountsCalculator.Passages.of(tx.codings().spansOf(id)));
                        changed.add(id);
                    }
                }
                NodeCountsCalculator.update(tree, ownPassages, changed, counts, words);
                countsView = null;
            }
            countsShape = shape;
            countsTree = tree;
            if (countsView == null) {
                countsView = Map.copyOf(counts);
            }
            return countsView;
        });
    }

    private static String shape(List<Node> nodes) {
        StringBuilder b = new StringBuilder(nodes.size() * 12);
        nodes.stream().sorted(java.util.Comparator.comparingLong(n -> n.id().value())).forEach(n -> b.append(n.id())
                .append(':').append(n.parentId() == null ? "" : n.parentId().toString()).append(';'));
        return b.toString();
    }

    // The counts cache, and the tree shape it was computed for.
    private final Object countsLock = new Object();
    private Map<NodeId, NodeCounts> counts;
    private Map<NodeId, NodeCountsCalculator.Passages> ownPassages;
    private String countsShape;
    private NodeTree countsTree;
    // What the last call returned, handed out again while nothing changed.
    private Map<NodeId, NodeCounts> countsView;

    // Every source's word offsets, shared with the matrices (see KeptWordStarts).
    private final KeptWordStarts wordStarts;

    static void requireFreeName(Tx tx, NodeId parent, String name, NodeId self) {
        tx.nodes().child(parent, name).filter(n -> !n.id().equals(self)).ifPresent(n -> {
            throw new QuireException("There is already a node named '" + n.name() + "' "
                    + (parent == null ? "at the top level" : "under '" + tx.nodes().path(parent) + "'"));
        });
    }

    static String parentGuid(Tx tx, Node node) {
        return node.parentId() == null ? null : tx.nodes().get(node.parentId()).map(Node::guid).orElse(null);
    }
}
