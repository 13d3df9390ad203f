package org.quire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quire.model.CodedSpan;
import org.quire.model.CoderId;
import org.quire.model.Coding;
import org.quire.model.CodingId;
import org.quire.model.NodeId;
import org.quire.model.SourceId;
import org.quire.model.Span;

/** Codings: passages of sources coded at nodes. */
public final class CodingStore {
    private static final String COLUMNS =
            "SELECT id, guid, source_id, node_id, start_offset, end_offset, coder_id, created_at FROM coding";

    /** A coding to add in bulk (generated projects, future bulk imports). */
    public record NewCoding(String guid, SourceId source, NodeId node, Span span, CoderId coder, Instant at) {
    }

    private final Jdbc jdbc;
    private final CodingChanges.Collector changes;

    CodingStore(Jdbc jdbc, CodingChanges.Collector changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    public Coding insert(String guid, SourceId source, NodeId node, Span span, CoderId coder, Instant at) {
        changes.node(node);
        long id = jdbc.insert("INSERT INTO coding (guid, source_id, node_id, start_offset, end_offset, coder_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", guid, source.value(), node.value(), span.start(), span.end(),
                coder.value(), at);
        return new Coding(new CodingId(id), guid, source, node, span, coder, at);
    }

    /**
     * Adds many codings in one JDBC batch, without reading back their ids; the caller records
     * what it did in the audit log.
     */
    public void insertBatch(List<NewCoding> codings) {
        codings.forEach(c -> changes.node(c.node()));
        List<Object[]> rows = new ArrayList<>(codings.size());
        for (NewCoding c : codings) {
            rows.add(new Object[] {c.guid(), c.source().value(), c.node().value(), c.span().start(), c.span().end(),
                    c.coder().value(), c.at()});
        }
        jdbc.batch("INSERT INTO coding (guid, source_id, node_id, start_offset, end_offset, coder_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    public Optional<Coding> find(NodeId node, SourceId source, Span span) {
        return jdbc.one(COLUMNS + " WHERE node_id = ? AND source_id = ? AND start_offset = ? AND end_offset = ?",
                CodingStore::map, node.value(), source.value(), span.start(), span.end());
    }

    public Optional<Coding> byGuid(String guid) {
        return jdbc.one(COLUMNS + " WHERE guid = ?", CodingStore::map, guid);
    }

    public Optional<Coding> get(CodingId id) {
        return jdbc.one(COLUMNS + " WHERE id = ?", CodingStore::map, id.value());
    }

    public List<Coding> bySource(SourceId source) {
        return jdbc.list(COLUMNS + " WHERE source_id = ? ORDER BY start_offset, end_offset, node_id",
                CodingStore::map, source.value());
    }

    public List<Coding> byNode(NodeId node) {
        return jdbc.list(COLUMNS + " WHERE node_id = ? ORDER BY source_id, start_offset, end_offset",
                CodingStore::map, node.value());
    }

    /** Codings at {@code node} in {@code source} that overlap {@code span}. */
    public List<Coding> overlapping(NodeId node, SourceId source, Span span) {
        return jdbc.list(COLUMNS + " WHERE node_id = ? AND source_id = ? AND start_offset < ? AND end_offset > ?"
                + " ORDER BY start_offset", CodingStore::map, node.value(), source.value(), span.end(), span.start());
    }

    /** Codings at any node in {@code source} that overlap {@code span}. */
    public List<Coding> overlapping(SourceId source, Span span) {
        return jdbc.list(COLUMNS + " WHERE source_id = ? AND start_offset < ? AND end_offset > ?"
                + " ORDER BY start_offset, node_id", CodingStore::map, source.value(), span.end(), span.start());
    }

    /** Every coding in the project, light enough to hold 100,000 in memory for counting. */
    public List<Coding> all() {
        return jdbc.list(COLUMNS, CodingStore::map);
    }

    /**
     * Node, source and range of every coding — just what counting needs, read without the GUIDs
     * and timestamps that make full rows ten times heavier.
     */
    public List<CodedSpan> allSpans() {
        return jdbc.list("SELECT node_id, source_id, start_offset, end_offset FROM coding",
                rs -> new CodedSpan(new NodeId(rs.getLong(1)), new SourceId(rs.getLong(2)),
                        new Span(rs.getInt(3), rs.getInt(4))));
    }

    /** The codings of one node, light as {@link #allSpans()}. */
    public List<CodedSpan> spansOf(NodeId node) {
        return jdbc.list("SELECT node_id, source_id, start_offset, end_offset FROM coding WHERE node_id = ?",
                rs -> new CodedSpan(new NodeId(rs.getLong(1)), new SourceId(rs.getLong(2)),
                        new Span(rs.getInt(3), rs.getInt(4))), node.value());
    }

    /** One coding's node, source, range and when it was made: what coverage and the phase counts need. */
    public record Row(long node, long source, int start, int end, Instant createdAt) {
    }

    /** Every coding as a {@link Row}, streamed to {@code each}. */
    public void eachRow(java.util.function.Consumer<Row> each) {
        jdbc.list("SELECT node_id, source_id, start_offset, end_offset, created_at FROM coding", rs -> {
            each.accept(row(rs));
            return null;
        });
    }

    /** The codings of some nodes as {@link Row}s. */
    public List<Row> rowsOfNodes(java.util.Collection<NodeId> nodes) {
        Long[] ids = nodes.stream().map(NodeId::value).distinct().toArray(Long[]::new);
        return jdbc.list("SELECT node_id, source_id, start_offset, end_offset, created_at FROM coding"
                + " WHERE node_id = ANY(?)", CodingStore::row, (Object) ids);
    }

    /** The codings of some sources as {@link Row}s. */
    public List<Row> rowsOfSources(java.util.Collection<SourceId> sources) {
        Long[] ids = sources.stream().map(SourceId::value).distinct().toArray(Long[]::new);
        return jdbc.list("SELECT node_id, source_id, start_offset, end_offset, created_at FROM coding"
                + " WHERE source_id = ANY(?)", CodingStore::row, (Object) ids);
    }

    private static Row row(ResultSet rs) throws SQLException {
        java.time.OffsetDateTime at = rs.getObject(5, java.time.OffsetDateTime.class);
        return new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), at == null ? null : at.toInstant());
    }

    public long countByNode(NodeId node) {
        return jdbc.count("SELECT COUNT(*) FROM coding WHERE node_id = ?", node.value());
    }

    public void delete(CodingId id) {
        get(id).ifPresent(c -> changes.node(c.nodeId()));
        jdbc.update("DELETE FROM coding WHERE id = ?", id.value());
    }

    /**
     * Moves every coding of {@code from} to {@code to}. A passage already coded at {@code to} keeps
     * that coding and drops the duplicate. Returns how many codings were moved.
     */
    public int moveAll(NodeId from, NodeId to) {
        changes.node(from);
        changes.node(to);
        jdbc.update("DELETE FROM coding c WHERE c.node_id = ? AND EXISTS (SELECT 1 FROM coding t WHERE t.node_id = ?"
                + " AND t.source_id = c.source_id AND t.start_offset = c.start_offset AND t.end_offset = c.end_offset)",
                from.value(), to.value());
        return jdbc.update("UPDATE coding SET node_id = ? WHERE node_id = ?", to.value(), from.value());
    }

    private static Coding map(ResultSet rs) throws SQLException {
        return new Coding(new CodingId(rs.getLong("id")), rs.getString("guid"), new SourceId(rs.getLong("source_id")),
                new NodeId(rs.getLong("node_id")), new Span(rs.getInt("start_offset"), rs.getInt("end_offset")),
                new CoderId(rs.getLong("coder_id")), Jdbc.instant(rs, "created_at"));
    }
}
