package org.quire.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quire.model.AttributeScope;

/** What searches and queries read in bulk, and saved queries. */
public final class SearchStore {
    /** A saved query: a name and its JSON definition. */
    public record SavedQuery(long id, String guid, String name, String definition, Instant createdAt,
                             Instant updatedAt) {
    }

    private static final String QUERY_COLUMNS = "SELECT id, guid, name, definition, created_at, updated_at"
            + " FROM saved_query";

    private final Jdbc jdbc;

    SearchStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Source id → value of one source attribute (named ignoring case), for every source that has one. */
    public Map<Long, String> sourceValues(String attributeName) {
        Map<Long, String> out = new HashMap<>();
        jdbc.list("SELECT v.source_id, v.val FROM source_attribute v JOIN attribute_def d ON d.id = v.attribute_id"
                + " WHERE d.scope = ? AND d.name_key = LOWER(?)", rs -> out.put(rs.getLong(1), rs.getString(2)),
                AttributeScope.SOURCE, attributeName);
        return out;
    }

    /** The distinct values of one source attribute, sorted. */
    public List<String> distinctSourceValues(String attributeName) {
        return jdbc.list("SELECT DISTINCT v.val FROM source_attribute v JOIN attribute_def d ON d.id = v.attribute_id"
                + " WHERE d.scope = ? AND d.name_key = LOWER(?) ORDER BY v.val", rs -> rs.getString(1),
                AttributeScope.SOURCE, attributeName);
    }

    public SavedQuery insertQuery(String guid, String name, String definition, Instant at) {
        long id = jdbc.insert("INSERT INTO saved_query (guid, name, definition, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?)", guid, name, definition, at, at);
        return new SavedQuery(id, guid, name, definition, at, at);
    }

    public void updateQuery(long id, String definition, Instant at) {
        jdbc.update("UPDATE saved_query SET definition = ?, updated_at = ? WHERE id = ?", definition, at, id);
    }

    public void renameQuery(long id, String name, Instant at) {
        jdbc.update("UPDATE saved_query SET name = ?, updated_at = ? WHERE id = ?", name, at, id);
    }

    public Optional<SavedQuery> queryByName(String name) {
        return jdbc.one(QUERY_COLUMNS + " WHERE name_key = LOWER(?)", SearchStore::map, name);
    }

    public List<SavedQuery> queries() {
        return jdbc.list(QUERY_COLUMNS + " ORDER BY name_key", SearchStore::map);
    }

    public void deleteQuery(long id) {
        jdbc.update("DELETE FROM saved_query WHERE id = ?", id);
    }

    private static SavedQuery map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SavedQuery(rs.getLong("id"), rs.getString("guid"), rs.getString("name"), rs.getString("definition"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"));
    }
}
