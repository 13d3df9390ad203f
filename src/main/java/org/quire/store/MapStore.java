package org.quire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.quire.model.MapElement;
import org.quire.model.MapLink;
import org.quire.model.MapPosition;

/** The thematic map: where the user put each box, and the typed links between boxes. */
public final class MapStore {
    private static final String LINK_COLUMNS = "SELECT id, guid, from_theme_id, from_node_id, to_theme_id, to_node_id,"
            + " label, created_at FROM map_link";

    private final Jdbc jdbc;

    MapStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<MapPosition> positions() {
        return jdbc.list("SELECT theme_id, node_id, x, y FROM map_position ORDER BY id", rs -> new MapPosition(
                element(rs, "theme_id", "node_id"), rs.getDouble("x"), rs.getDouble("y")));
    }

    public Optional<MapPosition> position(MapElement e) {
        return jdbc.one("SELECT theme_id, node_id, x, y FROM map_position WHERE " + column(e, "theme_id", "node_id")
                + " = ?", rs -> new MapPosition(element(rs, "theme_id", "node_id"), rs.getDouble("x"),
                rs.getDouble("y")), e.id());
    }

    /** Puts a box at (x, y), replacing where it was. */
    public void place(MapElement e, double x, double y) {
        String column = column(e, "theme_id", "node_id");
        if (jdbc.update("UPDATE map_position SET x = ?, y = ? WHERE " + column + " = ?", x, y, e.id()) == 0) {
            jdbc.insert("INSERT INTO map_position (" + column + ", x, y) VALUES (?, ?, ?)", e.id(), x, y);
        }
    }

    /** Forgets where a box was put, so it is laid out automatically again. */
    public int unplace(MapElement e) {
        return jdbc.update("DELETE FROM map_position WHERE " + column(e, "theme_id", "node_id") + " = ?", e.id());
    }

    public MapLink insertLink(String guid, MapElement from, MapElement to, String label, Instant at) {
        long id = jdbc.insert("INSERT INTO map_link (guid, from_theme_id, from_node_id, to_theme_id, to_node_id, label,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", guid, themeOf(from), nodeOf(from), themeOf(to),
                nodeOf(to), label, at);
        return new MapLink(id, guid, from, to, label, at);
    }

    public List<MapLink> links() {
        return jdbc.list(LINK_COLUMNS + " ORDER BY id", MapStore::mapLink);
    }

    /** Links between {@code from} and {@code to} in that direction, optionally only those labelled {@code label}. */
    public List<MapLink> links(MapElement from, MapElement to) {
        return jdbc.list(LINK_COLUMNS + " WHERE " + column(from, "from_theme_id", "from_node_id") + " = ? AND "
                + column(to, "to_theme_id", "to_node_id") + " = ? ORDER BY id", MapStore::mapLink, from.id(), to.id());
    }

    public Optional<MapLink> linkByGuid(String guid) {
        return jdbc.one(LINK_COLUMNS + " WHERE guid = ?", MapStore::mapLink, guid);
    }

    public void deleteLink(long id) {
        jdbc.update("DELETE FROM map_link WHERE id = ?", id);
    }

    /** Links with {@code e} at either end (what deleting it takes away). */
    public List<MapLink> linksTouching(MapElement e) {
        String from = column(e, "from_theme_id", "from_node_id");
        String to = column(e, "to_theme_id", "to_node_id");
        return jdbc.list(LINK_COLUMNS + " WHERE " + from + " = ? OR " + to + " = ? ORDER BY id", MapStore::mapLink,
                e.id(), e.id());
    }

    private static String column(MapElement e, String themeColumn, String nodeColumn) {
        return e.kind() == MapElement.Kind.THEME ? themeColumn : nodeColumn;
    }

    private static Long themeOf(MapElement e) {
        return e.kind() == MapElement.Kind.THEME ? e.id() : null;
    }

    private static Long nodeOf(MapElement e) {
        return e.kind() == MapElement.Kind.NODE ? e.id() : null;
    }

    private static MapElement element(ResultSet rs, String themeColumn, String nodeColumn) throws SQLException {
        Long theme = Jdbc.nullableLong(rs, themeColumn);
        return theme != null ? new MapElement(MapElement.Kind.THEME, theme)
                : new MapElement(MapElement.Kind.NODE, rs.getLong(nodeColumn));
    }

    private static MapLink mapLink(ResultSet rs) throws SQLException {
        return new MapLink(rs.getLong("id"), rs.getString("guid"), element(rs, "from_theme_id", "from_node_id"),
                element(rs, "to_theme_id", "to_node_id"), rs.getString("label"), Jdbc.instant(rs, "created_at"));
    }
}
