package org.quire.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quire.model.MapElement;
import org.quire.model.MapLink;
import org.quire.model.MapPosition;
import org.quire.model.NodeId;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.model.ThemeMap;

/**
 * Builds the thematic map from themes, memberships, saved positions and links. Boxes the user has
 * not placed are laid out as a tree: top-level themes across the top, each theme's sub-themes and
 * nodes on the row below it, every subtree as wide as its leaves, so nothing overlaps until the
 * user moves a box.
 */
public final class MapLayout {
    /** Horizontal distance between columns and vertical distance between rows, in map units. */
    public static final double COLUMN = ThemeMap.BOX_WIDTH + 30;
    public static final double ROW = ThemeMap.BOX_HEIGHT + 60;
    private static final double MARGIN = 30;

    private MapLayout() {
    }

    /**
     * @param themes     every theme
     * @param members    the nodes feeding each theme
     * @param nodeLabels a label for every node that may appear (its path)
     * @param positions  where the user put boxes
     * @param links      the typed links; a node at either end is shown even if it feeds no theme
     */
    public static ThemeMap build(List<Theme> themes, Map<ThemeId, List<NodeId>> members, Map<NodeId, String> nodeLabels,
                                 List<MapPosition> positions, List<MapLink> links) {
        Map<MapElement, MapPosition> placed = new HashMap<>();
        positions.forEach(p -> placed.put(p.element(), p));
        Map<ThemeId, List<Theme>> children = new HashMap<>();
        List<Theme> roots = new ArrayList<>();
        Map<ThemeId, Theme> byId = new HashMap<>();
        themes.forEach(t -> byId.put(t.id(), t));
        for (Theme t : sorted(themes)) {
            if (t.parentId() == null || !byId.containsKey(t.parentId())) {
                roots.add(t);
            } else {
                children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
            }
        }
        Builder b = new Builder(byId, children, members, nodeLabels, placed);
        double column = 0;
        for (Theme root : roots) {
            column += b.place(root, column, 0);
        }
        // Nodes at the end of a link that feed no theme go in a row of their own below the tree.
        Set<NodeId> loose = new LinkedHashSet<>();
        for (MapLink l : links) {
            for (MapElement e : List.of(l.from(), l.to())) {
                if (e.kind() == MapElement.Kind.NODE && !b.nodesShown.contains(e.nodeId())
                        && nodeLabels.containsKey(e.nodeId())) {
                    loose.add(e.nodeId());
                }
            }
        }
        int looseColumn = 0;
        for (NodeId n : loose) {
            b.nodeBox(n, looseColumn++, b.maxLevel + 1);
        }
        List<MapLink> shown = links.stream().filter(l -> b.boxes.containsKey(l.from()) && b.boxes.containsKey(l.to()))
                .toList();
        return new ThemeMap(new ArrayList<>(b.boxes.values()), b.edges, shown);
    }

    private static List<Theme> sorted(List<Theme> themes) {
        return themes.stream().sorted(Comparator.comparing((Theme t) -> t.name().toLowerCase(Locale.ROOT))).toList();
    }

    private static final class Builder {
        final Map<ThemeId, Theme> byId;
        final Map<ThemeId, List<Theme>> children;
        final Map<ThemeId, List<NodeId>> members;
        final Map<NodeId, String> nodeLabels;
        final Map<MapElement, MapPosition> placed;
        final Map<MapElement, ThemeMap.Box> boxes = new java.util.LinkedHashMap<>();
        final List<ThemeMap.Edge> edges = new ArrayList<>();
        final Set<NodeId> nodesShown = new LinkedHashSet<>();
        int maxLevel;

        Builder(Map<ThemeId, Theme> byId, Map<ThemeId, List<Theme>> children, Map<ThemeId, List<NodeId>> members,
                Map<NodeId, String> nodeLabels, Map<MapElement, MapPosition> placed) {
            this.byId = byId;
            this.children = children;
            this.members = members;
            this.nodeLabels = nodeLabels;
            this.placed = placed;
        }

        /** Places {@code theme} and its subtree from {@code column}; returns how many columns it took. */
        double place(Theme theme, double column, int level) {
            maxLevel = Math.max(maxLevel, level);
            double used = 0;
            for (Theme child : children.getOrDefault(theme.id(), List.of())) {
                edges.add(new ThemeMap.Edge(MapElement.of(child.id()), MapElement.of(theme.id())));
                used += place(child, column + used, level + 1);
            }
            List<NodeId> nodes = members.getOrDefault(theme.id(), List.of()).stream()
                    .filter(nodeLabels::containsKey)
                    .sorted(Comparator.comparing(n -> nodeLabels.get(n).toLowerCase(Locale.ROOT))).toList();
            for (NodeId n : nodes) {
                edges.add(new ThemeMap.Edge(MapElement.of(n), MapElement.of(theme.id())));
                // A node feeding several themes is one box, under the first theme that reaches it.
                if (nodesShown.add(n)) {
                    nodeBox(n, column + used, level + 1);
                    used++;
                }
            }
            double width = Math.max(1, used);
            MapElement e = MapElement.of(theme.id());
            boolean sub = theme.parentId() != null && byId.containsKey(theme.parentId());
            boxes.put(e, box(e, sub ? ThemeMap.BoxKind.SUB_THEME : ThemeMap.BoxKind.THEME, theme.name(), theme,
                    column + (width - 1) / 2, level));
            return width;
        }

        void nodeBox(NodeId n, double column, int level) {
            maxLevel = Math.max(maxLevel, level);
            nodesShown.add(n);
            MapElement e = MapElement.of(n);
            boxes.put(e, box(e, ThemeMap.BoxKind.NODE, nodeLabels.get(n), null, column, level));
        }

        ThemeMap.Box box(MapElement e, ThemeMap.BoxKind kind, String label, Theme theme, double column, int level) {
            MapPosition p = placed.get(e);
            double x = p != null ? p.x() : MARGIN + column * COLUMN;
            double y = p != null ? p.y() : MARGIN + level * ROW;
            return new ThemeMap.Box(e, kind, label, theme == null ? null : theme.status(), x, y,
                    Objects.nonNull(p));
        }
    }
}
