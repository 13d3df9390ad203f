package org.quire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.quire.model.ChecklistAnswer;
import org.quire.model.ChecklistStatus;
import org.quire.model.CoderId;

/** The researcher's current answer to each checklist point (earlier answers are in the audit log). */
public final class ChecklistStore {
    private static final String COLUMNS = "SELECT a.point, a.guid, a.status, a.answer, c.name AS coder, a.updated_at"
            + " FROM checklist_answer a JOIN coder c ON c.id = a.coder_id";

    private final Jdbc jdbc;

    ChecklistStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<ChecklistAnswer> all() {
        return jdbc.list(COLUMNS + " ORDER BY a.point", ChecklistStore::map);
    }

    public Optional<ChecklistAnswer> get(int point) {
        return jdbc.one(COLUMNS + " WHERE a.point = ?", ChecklistStore::map, point);
    }

    /** Writes the answer to {@code point}, keeping the row's guid when it already has one. */
    public ChecklistAnswer put(int point, String guid, ChecklistStatus status, String answer, CoderId coder, Instant at) {
        if (jdbc.update("UPDATE checklist_answer SET status = ?, answer = ?, coder_id = ?, updated_at = ? WHERE point = ?",
                status, answer, coder.value(), at, point) == 0) {
            jdbc.update("INSERT INTO checklist_answer (point, guid, status, answer, coder_id, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", point, guid, status, answer, coder.value(), at);
        }
        return get(point).orElseThrow();
    }

    private static ChecklistAnswer map(ResultSet rs) throws SQLException {
        return new ChecklistAnswer(rs.getInt("point"), rs.getString("guid"), ChecklistStatus.valueOf(rs.getString("status")),
                rs.getString("answer"), rs.getString("coder"), Jdbc.instant(rs, "updated_at"));
    }
}
