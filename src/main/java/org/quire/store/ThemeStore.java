package org.quire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.quire.model.NodeId;
import org.quire.model.Theme;
import org.quire.model.ThemeId;
import org.quire.model.ThemeStatus;

/** Themes, sub-themes and the nodes that feed them. */
public final class ThemeStore {
    private static final String COLUMNS = "SELECT id, guid, parent_id, name, status, definition, narrative,"
            + " created_at, updated_at, scope_in, scope_out FROM theme";

    private final Jdbc jdbc;

    ThemeStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Theme insert(String guid, ThemeId parent, String name, ThemeStatus status, String definition, Instant at) {
        long id = jdbc.insert("INSERT INTO theme (guid, parent_id, name, status, definition, narrative, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", guid, parent == null ? null : parent.value(), name,
                status, definition, "", at, at);
        return get(new ThemeId(id)).orElseThrow();
    }

    public Optional<Theme> get(ThemeId id) {
        return jdbc.one(COLUMNS + " WHERE id = ?", ThemeStore::map, id.value());
    }

    public Optional<Theme> byName(String name) {
        return jdbc.one(COLUMNS + " WHERE name_key = LOWER(?)", ThemeStore::map, name);
    }

    public List<Theme> all() {
        return jdbc.list(COLUMNS + " ORDER BY name_key", ThemeStore::map);
    }

    public void update(Theme t, Instant at) {
        jdbc.update("UPDATE theme SET parent_id = ?, name = ?, status = ?, definition = ?, narrative = ?,"
                + " scope_in = ?, scope_out = ?, updated_at = ? WHERE id = ?",
                t.parentId() == null ? null : t.parentId().value(), t.name(), t.status(), t.definition(),
                t.narrative(), t.scopeIn(), t.scopeOut(), at, t.id().value());
    }

    public void delete(ThemeId id) {
        jdbc.update("DELETE FROM theme WHERE id = ?", id.value());
    }

    /** Sub-themes directly under {@code id}. */
    public List<Theme> children(ThemeId id) {
        return jdbc.list(COLUMNS + " WHERE parent_id = ? ORDER BY name_key", ThemeStore::map, id.value());
    }

    /** Every (theme, node) membership, in theme then node order. */
    public List<long[]> memberships() {
        return jdbc.list("SELECT theme_id, node_id FROM theme_node ORDER BY theme_id, node_id",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    public List<NodeId> nodes(ThemeId id) {
        return jdbc.list("SELECT node_id FROM theme_node WHERE theme_id = ? ORDER BY node_id",
                rs -> new NodeId(rs.getLong(1)), id.value());
    }

    /** The themes a node feeds. */
    public List<ThemeId> themesOf(NodeId node) {
        return jdbc.list("SELECT theme_id FROM theme_node WHERE node_id = ? ORDER BY theme_id",
                rs -> new ThemeId(rs.getLong(1)), node.value());
    }

    public boolean hasNode(ThemeId theme, NodeId node) {
        return jdbc.count("SELECT COUNT(*) FROM theme_node WHERE theme_id = ? AND node_id = ?", theme.value(), node.value()) > 0;
    }

    public void addNode(ThemeId theme, NodeId node) {
        jdbc.update("INSERT INTO theme_node (theme_id, node_id) VALUES (?, ?)", theme.value(), node.value());
    }

    public int removeNode(ThemeId theme, NodeId node) {
        return jdbc.update("DELETE FROM theme_node WHERE theme_id = ? AND node_id = ?", theme.value(), node.value());
    }

    /** Re-points theme memberships from one node to another (a merge), skipping ones already there. */
    public void moveNodeMemberships(NodeId from, NodeId to) {
        jdbc.update("DELETE FROM theme_node m WHERE m.node_id = ? AND EXISTS (SELECT 1 FROM theme_node t"
                + " WHERE t.theme_id = m.theme_id AND t.node_id = ?)", from.value(), to.value());
        jdbc.update("UPDATE theme_node SET node_id = ? WHERE node_id = ?", to.value(), from.value());
    }

    private static Theme map(ResultSet rs) throws SQLException {
        Long parent = Jdbc.nullableLong(rs, "parent_id");
        String narrative = rs.getString("narrative");
        return new Theme(new ThemeId(rs.getLong("id")), rs.getString("guid"), parent == null ? null : new ThemeId(parent),
                rs.getString("name"), ThemeStatus.valueOf(rs.getString("status")), rs.getString("definition"),
                narrative == null ? "" : narrative, Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"),
                rs.getString("scope_in"), rs.getString("scope_out"));
    }
}
