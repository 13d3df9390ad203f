package org.quire.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.quire.model.Coder;
import org.quire.model.CoderId;

/** The people who have worked on a project. */
public final class CoderStore {
    private static final String COLUMNS = "SELECT id, guid, name FROM coder";
    private final Jdbc jdbc;
    private final Instant now;

    CoderStore(Jdbc jdbc, Instant now) {
        this.jdbc = jdbc;
        this.now = now;
    }

    public Optional<Coder> byName(String name) {
        return jdbc.one(COLUMNS + " WHERE name = ?", CoderStore::map, name);
    }

    public Coder getOrCreate(String name) {
        return byName(name).orElseGet(() -> {
            String guid = UUID.randomUUID().toString();
            long id = jdbc.insert("INSERT INTO coder (guid, name, created_at) VALUES (?, ?, ?)", guid, name, now);
            return new Coder(new CoderId(id), guid, name);
        });
    }

    /** Adds a coder who keeps the GUID another tool gave them (a REFI-QDA user). */
    public Coder insert(String guid, String name) {
        long id = jdbc.insert("INSERT INTO coder (guid, name, created_at) VALUES (?, ?, ?)", guid, name, now);
        return new Coder(new CoderId(id), guid, name);
    }

    public List<Coder> all() {
        return jdbc.list(COLUMNS + " ORDER BY name", CoderStore::map);
    }

    private static Coder map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Coder(new CoderId(rs.getLong("id")), rs.getString("guid"), rs.getString("name"));
    }
}
