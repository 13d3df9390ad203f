package org.quire.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.Theme;
import org.quire.model.ThemeId;

/**
 * Themes as a tree and the nodes that feed each one. A theme's matrix draws on its own member
 * nodes and those of its sub-themes, each node with its descendants (a parent node stands for the
 * codes gathered under it).
 */
public final class ThemeFamilies {
    private static final Comparator<Theme> BY_NAME = Comparator.comparing(t -> t.name().toLowerCase(Locale.ROOT));

    private final Map<ThemeId, Theme> byId = new LinkedHashMap<>();
    private final Map<ThemeId, List<NodeId>> members;
    private final NodeTree tree;
    private final Map<ThemeId, Set<NodeId>> ownNodes = new HashMap<>();

    public ThemeFamilies(List<Theme> themes, Map<ThemeId, List<NodeId>> members, NodeTree tree) {
        themes.stream().sorted(BY_NAME).forEach(t -> byId.put(t.id(), t));
        this.members = members;
        this.tree = tree;
    }

    public Theme theme(ThemeId id) {
        return byId.get(id);
    }

    /** Top-level themes, by name. */
    public List<Theme> roots() {
        return byId.values().stream().filter(t -> t.parentId() == null || !byId.containsKey(t.parentId())).toList();
    }

    /** Direct sub-themes, by name. */
    public List<Theme> children(ThemeId id) {
        return byId.values().stream().filter(t -> Objects.equals(t.parentId(), id)).toList();
    }

    /** The theme and its sub-themes at every depth, parents before children, each level by name. */
    public List<Theme> family(ThemeId id) {
        List<Theme> out = new ArrayList<>();
        collect(byId.get(id), out, new LinkedHashSet<>());
        return out;
    }

    /** Every theme, parents before their sub-themes: the order a table of themes lists them in. */
    public List<Theme> ordered() {
        List<Theme> out = new ArrayList<>();
        Set<ThemeId> seen = new LinkedHashSet<>();
        roots().forEach(r -> collect(r, out, seen));
        return out;
    }

    private void collect(Theme t, List<Theme> out, Set<ThemeId> seen) {
        if (t == null || !seen.add(t.id())) {
            return;
        }
        out.add(t);
        children(t.id()).forEach(c -> collect(c, out, seen));
    }

    /** The parent, its parent and so on. */
    public List<Theme> ancestors(ThemeId id) {
        List<Theme> out = new ArrayList<>();
        Theme t = byId.get(id);
        while (t != null && t.parentId() != null && out.size() < byId.size()) {
            t = byId.get(t.parentId());
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The theme's own member nodes, each with its descendants (not its sub-themes' nodes). */
    public Set<NodeId> ownNodes(ThemeId id) {
        return ownNodes.computeIfAbsent(id, k -> {
            Set<NodeId> out = new LinkedHashSet<>();
            for (NodeId n : members.getOrDefault(k, List.of())) {
                for (Node d : tree.subtree(n)) {
                    out.add(d.id());
                }
            }
            return out;
        });
    }

    /** The member nodes of the theme and of its whole family. */
    public Set<NodeId> familyNodes(ThemeId id) {
        Set<NodeId> out = new LinkedHashSet<>();
        family(id).forEach(t -> out.addAll(ownNodes(t.id())));
        return out;
    }

    /** The direct member nodes (without descendants), as the user added them. */
    public List<NodeId> members(ThemeId id) {
        return members.getOrDefault(id, List.of());
    }

    /** Every node that feeds some theme, with descendants. */
    public Set<NodeId> allNodes() {
        Set<NodeId> out = new LinkedHashSet<>();
        byId.keySet().forEach(id -> out.addAll(ownNodes(id)));
        return out;
    }

    public NodeTree tree() {
        return tree;
    }
}
