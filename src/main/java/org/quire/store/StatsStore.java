package org.quire.store;

import java.time.Instant;

/** Counts over the whole project that the phase tracker and the checklist show, each one SQL aggregate. */
public final class StatsStore {
    /** How many of something there are, and when the first and last was made (null when none). */
    public record Count(long count, Instant first, Instant last) {
    }

    private final Jdbc jdbc;

    StatsStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Count sources() {
        return count("SELECT COUNT(*), MIN(imported_at) AS first_at, MAX(imported_at) AS last_at FROM source");
    }

    public Count annotations() {
        return count("SELECT COUNT(*), MIN(created_at) AS first_at, MAX(created_at) AS last_at FROM annotation");
    }

    public long sourcesAnnotated() {
        return jdbc.count("SELECT COUNT(DISTINCT source_id) FROM annotation");
    }

    /** Entries of memos of one kind: 'J' journal, 'N' node, 'T' theme, 'S' source. */
    public Count memoEntries(char kind) {
        return count("SELECT COUNT(*), MIN(e.created_at) AS first_at, MAX(e.created_at) AS last_at FROM memo_entry e"
                + " JOIN memo m ON m.id = e.memo_id WHERE m.kind = ?", String.valueOf(kind));
    }

    /** How many distinct sources have a memo of their own. */
    public long sourcesWithMemo() {
        return jdbc.count("SELECT COUNT(DISTINCT m.source_id) FROM memo m JOIN memo_entry e ON e.memo_id = m.id"
                + " WHERE m.kind = 'S'");
    }

    public Count codings() {
        return count("SELECT COUNT(*), MIN(created_at) AS first_at, MAX(created_at) AS last_at FROM coding");
    }

    public long sourcesCoded() {
        return jdbc.count("SELECT COUNT(DISTINCT source_id) FROM coding");
    }

    /** The sources with at least one coding. */
    public java.util.Set<org.quire.model.SourceId> codedSources() {
        java.util.Set<org.quire.model.SourceId> out = new java.util.HashSet<>();
        jdbc.list("SELECT DISTINCT source_id FROM coding", rs -> out.add(new org.quire.model.SourceId(rs.getLong(1))));
        return out;
    }

    /** The nodes that code exactly one passage themselves (their child nodes' codings not counted). */
    public java.util.List<org.quire.model.NodeId> nodesCodedOnce() {
        return jdbc.list("SELECT node_id FROM coding GROUP BY node_id HAVING COUNT(*) = 1",
                rs -> new org.quire.model.NodeId(rs.getLong(1)));
    }

    public Count nodes() {
        return count("SELECT COUNT(*), MIN(created_at) AS first_at, MAX(created_at) AS last_at FROM node");
    }

    public Count themes() {
        return count("SELECT COUNT(*), MIN(created_at) AS first_at, MAX(created_at) AS last_at FROM theme");
    }

    /** Entries in the audit trail with this action (e.g. "theme.status"), and their dates. */
    public Count auditActions(String action) {
        return count("SELECT COUNT(*), MIN(at) AS first_at, MAX(at) AS last_at FROM audit_log WHERE action = ?", action);
    }

    public Count audit() {
        return count("SELECT COUNT(*), MIN(at) AS first_at, MAX(at) AS last_at FROM audit_log");
    }

    private Count count(String sql, Object... params) {
        return jdbc.one(sql, rs -> new Count(rs.getLong(1), Jdbc.instant(rs, "first_at"), Jdbc.instant(rs, "last_at")),
                params).orElseThrow();
    }
}
