package org.quire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quire.model.CoderId;
import org.quire.model.ReviewPoint;

/** Review points and the extracts each theme had at them (see V9__review_points.sql). */
public final class ReviewPointStore {
    private static final String COLUMNS = "SELECT p.id, p.guid, p.made_at, c.name, p.kind, p.file_name,"
            + " p.audit_position FROM review_point p JOIN coder c ON c.id = p.made_by";

    /** One extract of one theme at a review point, with the words it had then. */
    public record Extract(String themeGuid, String codingGuid, String label) {
    }

    private final Jdbc jdbc;

    ReviewPointStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public ReviewPoint insert(String guid, Instant at, CoderId by, ReviewPoint.Kind kind, String fileName,
                              long auditPosition, List<Extract> extracts) {
        long id = jdbc.insert("INSERT INTO review_point (guid, made_at, made_by, kind, file_name, audit_position)"
                + " VALUES (?, ?, ?, ?, ?, ?)", guid, at, by.value(), kind.name(), fileName, auditPosition);
        List<Object[]> rows = new ArrayList<>(extracts.size());
        for (Extract e : extracts) {
            rows.add(new Object[] {id, e.themeGuid(), e.codingGuid(), e.label()});
        }
        jdbc.batch("INSERT INTO review_point_extract (point_id, theme_guid, coding_guid, label) VALUES (?, ?, ?, ?)",
                rows);
        return jdbc.one(COLUMNS + " WHERE p.id = ?", ReviewPointStore::map, id).orElseThrow();
    }

    /** Every review point, oldest first. */
    public List<ReviewPoint> all() {
        return jdbc.list(COLUMNS + " ORDER BY p.id", ReviewPointStore::map);
    }

    public Optional<ReviewPoint> latest() {
        return jdbc.one(COLUMNS + " ORDER BY p.id DESC FETCH FIRST 1 ROWS ONLY", ReviewPointStore::map);
    }

    /** The extracts each theme had at the point: theme GUID → coding GUID → label. */
    public Map<String, Map<String, String>> extracts(long pointId) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        jdbc.list("SELECT theme_guid, coding_guid, label FROM review_point_extract WHERE point_id = ?"
                + " ORDER BY theme_guid, coding_guid", rs -> out.computeIfAbsent(rs.getString(1),
                k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3)), pointId);
        return out;
    }

    private static ReviewPoint map(ResultSet rs) throws SQLException {
        return new ReviewPoint(rs.getLong(1), rs.getString(2), Jdbc.instant(rs, "made_at"), rs.getString(4),
                ReviewPoint.Kind.valueOf(rs.getString(5)), rs.getString(6), rs.getLong(7));
    }
}
