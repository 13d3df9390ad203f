package org.quire.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The code book as a tree, built once from a flat list of nodes: paths, children, descendants. */
public final class NodeTree {

    private final Map<NodeId, Node> byId = new HashMap<>();
    private final Map<NodeId, List<Node>> children = new HashMap<>();
    private final List<Node> roots = new ArrayList<>();

    public NodeTree(List<Node> nodes) {
        for (Node n : nodes) {
            byId.put(n.id(), n);
        }
        for (Node n : nodes) {
            if (n.parentId() == null) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        // Each name lowered once, not at every comparison: a code book of thousands of nodes is sorted
        // at every open.
        Map<NodeId, String> keys = new HashMap<>(nodes.size() * 2);
        for (Node n : nodes) {
            keys.put(n.id(), n.name().toLowerCase(Locale.ROOT));
        }
        Comparator<Node> byName = Comparator.comparing(n -> keys.get(n.id()));
        roots.sort(byName);
        children.values().forEach(list -> list.sort(byName));
    }

    // A tree is shared between readers once read (the store keeps it until a node changes), so
    // what it hands out cannot be changed.
    public List<Node> roots() {
        return java.util.Collections.unmodifiableList(roots);
    }

    public List<Node> children(NodeId id) {
        List<Node> list = children.get(id);
        return list == null ? List.of() : java.util.Collections.unmodifiableList(list);
    }

    public Optional<Node> get(NodeId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    /** The node and all its descendants, depth first. */
    public List<Node> subtree(NodeId id) {
        List<Node> out = new ArrayList<>();
        Node start = byId.get(id);
        if (start != null) {
            collect(start, out);
        }
        return out;
    }

    private void collect(Node node, List<Node> out) {
        out.add(node);
        for (Node child : children(node.id())) {
            collect(child, out);
        }
    }

    /** Every node depth first, children in name order: the order a tree view shows. */
    public List<Node> depthFirst() {
        List<Node> out = new ArrayList<>(byId.size());
        for (Node root : roots) {
            collect(root, out);
        }
        return out;
    }

    public int depth(NodeId id) {
        int depth = 0;
        Node n = byId.get(id);
        while (n != null && n.parentId() != null) {
            depth++;
            n = byId.get(n.parentId());
        }
        return depth;
    }

    /** Whether {@code candidate} is {@code ancestor} itself or lies below it. */
    public boolean isSelfOrDescendant(NodeId candidate, NodeId ancestor) {
        Node n = byId.get(candidate);
        while (n != null) {
            if (n.id().equals(ancestor)) {
                return true;
            }
            n = n.parentId() == null ? null : byId.get(n.parentId());
        }
        return false;
    }

    /** The path of names from the root, as written on the command line ({@code Parent/Child}). */
    public String path(NodeId id) {
        List<String> names = new ArrayList<>();
        Node n = byId.get(id);
        while (n != null) {
            names.add(0, n.name());
            n = n.parentId() == null ? null : byId.get(n.parentId());
        }
        return NodePath.join(names);
    }

    /** Finds a node by its path, names compared ignoring case. */
    public Optional<Node> find(String path) {
        List<Node> level = roots;
        Node found = null;
        for (String name : NodePath.parse(path)) {
            found = level.stream().filter(n -> n.name().equalsIgnoreCase(name)).findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            level = children(found.id());
        }
        return Optional.ofNullable(found);
    }
}
