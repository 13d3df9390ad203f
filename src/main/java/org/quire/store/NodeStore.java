package org.quire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.NodePath;
import org.quire.model.QuireException;

/** The code book: one tree of nodes through {@code parent_id}. */
public final class NodeStore {
    private static final String COLUMN_LIST = "id, guid, parent_id, name, description, color, created_at, updated_at";
    private static final String COLUMNS = "SELECT " + COLUMN_LIST + " FROM node";
    private static final String COLUMNS_WITH_KEY = "SELECT " + COLUMN_LIST + ", name_key FROM node";

    private final Jdbc jdbc;
    private final CodingChanges.Collector codingChanges;

    private final Database.TreeCache trees;

    NodeStore(Jdbc jdbc, CodingChanges.Collector codingChanges, Database.TreeCache trees) {
        this.jdbc = jdbc;
        this.codingChanges = codingChanges;
        this.trees = trees;
    }

    public Node insert(String guid, NodeId parent, String name, String description, String color, Instant at) {
        codingChanges.nodeList();
        long id = jdbc.insert("INSERT INTO node (guid, parent_id, name, description, color, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", guid, parent == null ? null : parent.value(), name, description,
                color, at, at);
        return get(new NodeId(id)).orElseThrow();
    }

    public Optional<Node> get(NodeId id) {
        return jdbc.one(COLUMNS + " WHERE id = ?", NodeStore::map, id.value());
    }

    /** The node with this id; a message a researcher understands when it was deleted meanwhile. */
    public Node existing(NodeId id) {
        return get(id).orElseThrow(() -> new QuireException("Node " + id + " no longer exists"));
    }

    /** The node at a path ({@code Parent/Child}), names compared ignoring case; the error names the path. */
    public Node resolve(String path) {
        NodeId parent = null;
        Node found = null;
        for (String name : NodePath.parse(path)) {
            final NodeId under = parent;
            found = child(under, name).orElseThrow(() -> new QuireException("No node '" + path
                    + "' in the code book" + (under == null ? "" : " (no child '" + name + "')")));
            parent = found.id();
        }
        return found;
    }

    /** The node's path from the top of the code book ({@code Parent/Child}); "" for a deleted node. */
    public String path(NodeId id) {
        List<String> names = new java.util.ArrayList<>();
        Node n = get(id).orElse(null);
        while (n != null) {
            names.add(0, n.name());
            n = n.parentId() == null ? null : get(n.parentId()).orElse(null);
        }
        return NodePath.join(names);
    }

    public Optional<Node> byGuid(String guid) {
        return jdbc.one(COLUMNS + " WHERE guid = ?", NodeStore::map, guid);
    }

    /** The child of {@code parent} (null: top level) with this name, ignoring case. */
    public Optional<Node> child(NodeId parent, String name) {
        return parent == null
                ? jdbc.one(COLUMNS + " WHERE parent_id IS NULL AND name_key = LOWER(?)", NodeStore::map, name)
                : jdbc.one(COLUMNS + " WHERE parent_id = ? AND name_key = LOWER(?)", NodeStore::map, parent.value(), name);
    }

    public List<Node> children(NodeId parent) {
        return parent == null
                ? jdbc.list(COLUMNS + " WHERE parent_id IS NULL ORDER BY name_key", NodeStore::map)
                : jdbc.list(COLUMNS + " WHERE parent_id = ? ORDER BY name_key", NodeStore::map, parent.value());
    }

    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM node");
    }

    /** The first nodes of the code book depth first, and the number of nodes in all. */
    public record Head(List<Node> nodes, int total) {
        public Head {
            nodes = List.copyOf(nodes);
        }
    }

    /**
     * The first {@code limit} nodes of the code book depth first, children in name order: what the
     * top of the code book shows, each node with its ancestors. The siblings' unique index holds
     * every node's id in that order, so only the index and {@code limit} rows are read, however big
     * the code book.
     */
    public Head firstDepthFirst(int limit) {
        java.util.Map<Long, List<Long>> children = new java.util.HashMap<>();
        List<long[]> keys = jdbc.list("SELECT id, parent_key FROM node ORDER BY parent_key, name_key",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)});
        for (long[] k : keys) {
            children.computeIfAbsent(k[1], p -> new java.util.ArrayList<>()).add(k[0]);
        }
        List<Long> order = new java.util.ArrayList<>(Math.min(limit, keys.size()));
        java.util.Deque<java.util.Iterator<Long>> stack = new java.util.ArrayDeque<>();
        stack.push(children.getOrDefault(0L, List.of()).iterator());
        while (!stack.isEmpty() && order.size() < limit) {
            java.util.Iterator<Long> level = stack.peek();
            if (!level.hasNext()) {
                stack.pop();
                continue;
            }
            long id = level.next();
            order.add(id);
            List<Long> below = children.get(id);
            if (below != null) {
                stack.push(below.iterator());
            }
        }
        if (order.isEmpty()) {
            return new Head(List.of(), keys.size());
        }
        java.util.Map<Long, Node> rows = new java.util.HashMap<>();
        for (Node n : jdbc.list("SELECT n.id, n.guid, n.parent_id, n.name, n.description, n.color, n.created_at,"
                + " n.updated_at FROM UNNEST(?) AS wanted(id) JOIN node n ON n.id = wanted.id", NodeStore::map,
                (Object) order.toArray(Long[]::new))) {
            rows.put(n.id().value(), n);
        }
        List<Node> out = new java.util.ArrayList<>(order.size());
        for (Long id : order) {
            Node n = rows.get(id);
            if (n != null) {
                out.add(n);
            }
        }
        return new Head(out, keys.size());
    }

    /**
     * The code book as a tree. Kept between transactions while no committed one changed a node
     * (see {@code Database.TreeCache}); read afresh inside a transaction that changed one.
     */
    public org.quire.model.NodeTree tree() {
        if (codingChanges.nodeListChanged()) {
            return new org.quire.model.NodeTree(all());
        }
        return trees.get(() -> new org.quire.model.NodeTree(all()));
    }

    /** Every node in name order ignoring case; sorted here on the stored key (see SourceStore.all). */
    public List<Node> all() {
        record Keyed(String nameKey, Node node) {
        }
        List<Keyed> rows = new java.util.ArrayList<>(jdbc.list(COLUMNS_WITH_KEY, rs -> new Keyed(rs.getString(9), map(rs))));
        rows.sort(java.util.Comparator.comparing(Keyed::nameKey));
        List<Node> out = new java.util.ArrayList<>(rows.size());
        for (Keyed k : rows) {
            out.add(k.node());
        }
        return out;
    }

    public void update(Node node, Instant at) {
        codingChanges.nodeList();
        jdbc.update("UPDATE node SET parent_id = ?, name = ?, description = ?, color = ?, updated_at = ? WHERE id = ?",
                node.parentId() == null ? null : node.parentId().value(), node.name(), node.description(),
                node.color(), at, node.id().value());
    }

    /** Deletes the node; its descendants, codings and memo go with it (ON DELETE CASCADE). */
    public void delete(NodeId id) {
        codingChanges.everything();
        codingChanges.nodeList();
        jdbc.update("DELETE FROM node WHERE id = ?", id.value());
    }

    // Columns by position, in the order of COLUMN_LIST.
    private static Node map(ResultSet rs) throws SQLException {
        Long parent = Jdbc.nullableLong(rs, 3);
        return new Node(new NodeId(rs.getLong(1)), rs.getString(2), parent == null ? null : new NodeId(parent),
                rs.getString(4), rs.getString(5), rs.getString(6), Jdbc.instant(rs, 7), Jdbc.instant(rs, 8));
    }
}
