package org.quire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.quire.model.CaseId;
import org.quire.model.CaseLink;
import org.quire.model.CaseRecord;
import org.quire.model.SourceId;
import org.quire.model.Span;

/** Cases and their links to whole sources or passages. */
public final class CaseStore {
    private static final String COLUMNS = "SELECT id, guid, name, description FROM research_case";

    private final Jdbc jdbc;

    CaseStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public CaseRecord insert(String guid, String name, String description, Instant at) {
        long id = jdbc.insert("INSERT INTO research_case (guid, name, description, created_at) VALUES (?, ?, ?, ?)",
                guid, name, description, at);
        return new CaseRecord(new CaseId(id), guid, name, description);
    }

    public Optional<CaseRecord> byName(String name) {
        return jdbc.one(COLUMNS + " WHERE name_key = LOWER(?)", CaseStore::map, name);
    }

    public Optional<CaseRecord> get(CaseId id) {
        return jdbc.one(COLUMNS + " WHERE id = ?", CaseStore::map, id.value());
    }

    public List<CaseRecord> all() {
        return jdbc.list(COLUMNS + " ORDER BY name_key", CaseStore::map);
    }

    public void update(CaseRecord c) {
        jdbc.update("UPDATE research_case SET name = ?, description = ? WHERE id = ?", c.name(), c.description(), c.id().value());
    }

    public void delete(CaseId id) {
        jdbc.update("DELETE FROM research_case WHERE id = ?", id.value());
    }

    public boolean linkExists(CaseLink link) {
        return link.span() == null
                ? jdbc.count("SELECT COUNT(*) FROM case_link WHERE case_id = ? AND source_id = ? AND start_offset IS NULL",
                        link.caseId().value(), link.sourceId().value()) > 0
                : jdbc.count("SELECT COUNT(*) FROM case_link WHERE case_id = ? AND source_id = ? AND start_offset = ?"
                        + " AND end_offset = ?", link.caseId().value(), link.sourceId().value(), link.span().start(),
                        link.span().end()) > 0;
    }

    public void link(CaseLink link) {
        jdbc.update("INSERT INTO case_link (case_id, source_id, start_offset, end_offset) VALUES (?, ?, ?, ?)",
                link.caseId().value(), link.sourceId().value(),
                link.span() == null ? null : link.span().start(), link.span() == null ? null : link.span().end());
    }

    public int unlink(CaseLink link) {
        return link.span() == null
                ? jdbc.update("DELETE FROM case_link WHERE case_id = ? AND source_id = ? AND start_offset IS NULL",
                        link.caseId().value(), link.sourceId().value())
                : jdbc.update("DELETE FROM case_link WHERE case_id = ? AND source_id = ? AND start_offset = ? AND end_offset = ?",
                        link.caseId().value(), link.sourceId().value(), link.span().start(), link.span().end());
    }

    public List<CaseLink> links(CaseId id) {
        return jdbc.list("SELECT case_id, source_id, start_offset, end_offset FROM case_link WHERE case_id = ?"
                + " ORDER BY source_id, start_offset", CaseStore::mapLink, id.value());
    }

    /** Every link of every case. */
    public List<CaseLink> allLinks() {
        return jdbc.list("SELECT case_id, source_id, start_offset, end_offset FROM case_link", CaseStore::mapLink);
    }

    public List<CaseLink> linksOfSource(SourceId id) {
        return jdbc.list("SELECT case_id, source_id, start_offset, end_offset FROM case_link WHERE source_id = ?"
                + " ORDER BY start_offset", CaseStore::mapLink, id.value());
    }

    private static CaseLink mapLink(ResultSet rs) throws SQLException {
        Long start = Jdbc.nullableLong(rs, "start_offset");
        Span span = start == null ? null : new Span(start.intValue(), rs.getInt("end_offset"));
        return new CaseLink(new CaseId(rs.getLong("case_id")), new SourceId(rs.getLong("source_id")), span);
    }

    private static CaseRecord map(ResultSet rs) throws SQLException {
        return new CaseRecord(new CaseId(rs.getLong("id")), rs.getString("guid"), rs.getString("name"),
                rs.getString("description"));
    }
}
