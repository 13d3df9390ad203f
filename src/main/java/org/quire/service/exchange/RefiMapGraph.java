package org.quire.service.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quire.exports.refi.RefiData;
import org.quire.exports.refi.RefiGuids;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.Theme;
import org.quire.model.ThemeId;

/**
 * The thematic map as a REFI-QDA graph: a vertex per theme in a row, its codes in a column below
 * it, and an edge from each theme to its sub-themes and codes. Laid out on a plain grid so that a
 * tool that draws graphs shows something readable without a layout pass.
 */
final class RefiMapGraph {
    private static final int COLUMN = 220;
    private static final int ROW = 60;

    private RefiMapGraph() {
    }

    static RefiData.Graph of(String guid, List<Theme> themes, Map<ThemeId, List<NodeId>> members,
                             Map<NodeId, Node> nodes) {
        List<RefiData.Vertex> vertices = new ArrayList<>();
        List<RefiData.Edge> edges = new ArrayList<>();
        Map<ThemeId, String> themeVertex = new java.util.HashMap<>();
        for (int i = 0; i < themes.size(); i++) {
            Theme t = themes.get(i);
            String v = RefiGuids.vertex(guid, t.guid());
            themeVertex.put(t.id(), v);
            vertices.add(new RefiData.Vertex(v, t.guid(), t.name(), 40 + i * COLUMN, 40, "#4E79A7"));
        }
        for (int i = 0; i < themes.size(); i++) {
            Theme t = themes.get(i);
            if (t.parentId() != null && themeVertex.containsKey(t.parentId())) {
                String from = themeVertex.get(t.parentId());
                String to = themeVertex.get(t.id());
                edges.add(new RefiData.Edge(RefiGuids.edge(guid, from, to), from, to));
            }
            int row = 1;
            for (NodeId id : members.get(t.id())) {
                Node n = nodes.get(id);
                String v = RefiGuids.vertex(guid, t.guid() + "/" + n.guid());
                vertices.add(new RefiData.Vertex(v, n.guid(), n.name(), 40 + i * COLUMN, 40 + row++ * ROW, n.color()));
                edges.add(new RefiData.Edge(RefiGuids.edge(guid, themeVertex.get(t.id()), v), themeVertex.get(t.id()), v));
            }
        }
        return new RefiData.Graph(guid, "Thematic map", vertices, edges);
    }
}
