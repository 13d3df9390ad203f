package org.quire.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quire.model.AuditEntry;

/**
 * The append-only audit trail. There is no update or delete here on purpose: the trail is the
 * project's reflexive record of how the code book and the analysis changed.
 */
public final class AuditStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String COLUMNS = "SELECT a.id, a.at, a.coder_name, a.action, a.entity_type, a.entity_guid,"
            + " a.summary, a.before_json, a.after_json, a.before_json_large, a.after_json_large FROM audit_log a";
    /**
     * JSON up to this many characters is kept in the row (VARCHAR), longer JSON in the *_large CLOB
     * columns (schema V10): H2 keeps every CLOB above 256 characters in LOB maps of its own, four more
     * B-trees written on each commit (decision 0009).
     */
    static final int IN_ROW = 32_768;

    private final Jdbc jdbc;
    private final Tx tx;

    AuditStore(Jdbc jdbc, Tx tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * Appends one entry.
     *
     * @param before   state before the change (serialised to JSON), null for a creation
     * @param after    state after the change, null for a deletion
     * @param subjects GUIDs of every other entity the change concerns (the node of a coding, the
     *                 target of a merge), so the trail can be read per node or per theme
     */
    public void record(String action, String entityType, String entityGuid, String summary, Object before,
                       Object after, String... subjects) {
        String beforeJson = json(before);
        String afterJson = json(after);
        long id = jdbc.insert("INSERT INTO audit_log (at, coder_name, action, entity_type, entity_guid, summary,"
                        + " before_json, after_json, before_json_large, after_json_large) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tx.now(), tx.coder().name(), action, entityType, entityGuid, summary, inRow(beforeJson), inRow(afterJson),
                large(beforeJson), large(afterJson));
        Set<String> guids = new LinkedHashSet<>();
        if (entityGuid != null) {
            guids.add(entityGuid);
        }
        for (String s : subjects) {
            if (s != null) {
                guids.add(s);
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (String g : guids) {
            rows.add(new Object[] {id, g});
        }
        jdbc.batch("INSERT INTO audit_subject (audit_id, guid) VALUES (?, ?)", rows);
    }

    /** The most recent {@code limit} entries, newest first. */
    public List<AuditEntry> recent(int limit) {
        return jdbc.list(COLUMNS + " ORDER BY a.id DESC FETCH FIRST ? ROWS ONLY", AuditStore::map, limit);
    }

    /** Every entry that concerns the entity with this GUID, newest first. */
    public List<AuditEntry> concerning(String guid) {
        return jdbc.list(COLUMNS + " JOIN audit_subject s ON s.audit_id = a.id WHERE s.guid = ? ORDER BY a.id DESC",
                AuditStore::map, guid);
    }

    /**
     * The entries after {@code position} (an entry id) whose action is one of {@code actions}, oldest
     * first: what changed since a review point.
     */
    public List<AuditEntry> after(long position, java.util.Collection<String> actions) {
        if (actions.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(position);
        params.addAll(actions);
        return jdbc.list(COLUMNS + " WHERE a.id > ? AND a.action IN ("
                + String.join(", ", java.util.Collections.nCopies(actions.size(), "?")) + ") ORDER BY a.id",
                AuditStore::map, params.toArray());
    }

    /** The id of the newest entry (0 when there is none): how far the trail has got. */
    public long position() {
        return jdbc.count("SELECT COALESCE(MAX(id), 0) FROM audit_log");
    }

    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM audit_log");
    }

    private static String inRow(String json) {
        return json != null && json.length() <= IN_ROW ? json : null;
    }

    private static String large(String json) {
        return json != null && json.length() > IN_ROW ? json : null;
    }

    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("Could not record the change in the audit log", e);
        }
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Jdbc.instant(rs, "at"), rs.getString("coder_name"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_guid"),
                rs.getString("summary"), detail(rs, "before_json"), detail(rs, "after_json"));
    }

    /** The JSON of one side of an entry, from the row or, when it was too long for it, from the CLOB column. */
    private static String detail(ResultSet rs, String column) throws SQLException {
        String inRow = rs.getString(column);
        return inRow != null ? inRow : rs.getString(column + "_large");
    }
}
