package org.quire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.quire.model.Annotation;
import org.quire.model.AnnotationId;
import org.quire.model.CoderId;
import org.quire.model.SourceId;
import org.quire.model.Span;

/** Notes attached to passages. */
public final class AnnotationStore {
    private static final String COLUMNS = "SELECT a.id, a.guid, a.source_id, a.start_offset, a.end_offset, a.body,"
            + " c.name AS coder, a.created_at FROM annotation a JOIN coder c ON c.id = a.coder_id";

    private final Jdbc jdbc;

    AnnotationStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public AnnotationId insert(String guid, SourceId source, Span span, String text, CoderId coder, Instant at) {
        return new AnnotationId(jdbc.insert("INSERT INTO annotation (guid, source_id, start_offset, end_offset, body,"
                + " coder_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", guid, source.value(), span.start(), span.end(),
                text, coder.value(), at));
    }

    public Optional<Annotation> get(AnnotationId id) {
        return jdbc.one(COLUMNS + " WHERE a.id = ?", AnnotationStore::map, id.value());
    }

    public List<Annotation> bySource(SourceId source) {
        return jdbc.list(COLUMNS + " WHERE a.source_id = ? ORDER BY a.start_offset, a.id", AnnotationStore::map, source.value());
    }

    public void updateText(AnnotationId id, String text) {
        jdbc.update("UPDATE annotation SET body = ? WHERE id = ?", text, id.value());
    }

    public void delete(AnnotationId id) {
        jdbc.update("DELETE FROM annotation WHERE id = ?", id.value());
    }

    private static Annotation map(ResultSet rs) throws SQLException {
        return new Annotation(new AnnotationId(rs.getLong("id")), rs.getString("guid"), new SourceId(rs.getLong("source_id")),
                new Span(rs.getInt("start_offset"), rs.getInt("end_offset")), rs.getString("body"), rs.getString("coder"),
                Jdbc.instant(rs, "created_at"));
    }
}
