package org.quire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.quire.model.CoderId;
import org.quire.model.Memo;
import org.quire.model.MemoEntry;
import org.quire.model.MemoEntryId;
import org.quire.model.MemoId;
import org.quire.model.MemoTarget;
import org.quire.model.NodeId;
import org.quire.model.SourceId;
import org.quire.model.ThemeId;

/** Memos (one per target) and their dated entries. */
public final class MemoStore {
    private static final String COLUMNS = "SELECT id, guid, kind, node_id, theme_id, source_id, title, created_at FROM memo";
    private static final String ENTRY_COLUMNS = "SELECT e.id, e.guid, e.memo_id, e.created_at, c.name AS coder, e.body"
            + " FROM memo_entry e JOIN coder c ON c.id = e.coder_id";

    private final Jdbc jdbc;

    MemoStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Memo> forTarget(MemoTarget target) {
        return switch (target) {
            case MemoTarget.Journal j -> jdbc.one(COLUMNS + " WHERE kind = 'J'", MemoStore::map);
            case MemoTarget.OfNode n -> jdbc.one(COLUMNS + " WHERE node_id = ?", MemoStore::map, n.nodeId().value());
            case MemoTarget.OfTheme t -> jdbc.one(COLUMNS + " WHERE theme_id = ?", MemoStore::map, t.themeId().value());
            case MemoTarget.OfSource s -> jdbc.one(COLUMNS + " WHERE source_id = ?", MemoStore::map, s.sourceId().value());
        };
    }

    public Memo insert(String guid, MemoTarget target, String title, Instant at) {
        Long node = target instanceof MemoTarget.OfNode n ? n.nodeId().value() : null;
        Long theme = target instanceof MemoTarget.OfTheme t ? t.themeId().value() : null;
        Long source = target instanceof MemoTarget.OfSource s ? s.sourceId().value() : null;
        long id = jdbc.insert("INSERT INTO memo (guid, kind, node_id, theme_id, source_id, title, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", guid, kind(target), node, theme, source, title, at);
        return new Memo(new MemoId(id), guid, target, title, at);
    }

    public List<Memo> all() {
        return jdbc.list(COLUMNS + " ORDER BY kind, title", MemoStore::map);
    }

    public MemoEntry addEntry(String guid, MemoId memo, Instant at, CoderId coder, String coderName, String text) {
        long id = jdbc.insert("INSERT INTO memo_entry (guid, memo_id, created_at, coder_id, body) VALUES (?, ?, ?, ?, ?)",
                guid, memo.value(), at, coder.value(), text);
        return new MemoEntry(new MemoEntryId(id), guid, memo, at, coderName, text);
    }

    /** How many entries each memo holds (memos without entries are absent), in one query. */
    public java.util.Map<MemoId, Integer> entryCounts() {
        java.util.Map<MemoId, Integer> counts = new java.util.HashMap<>();
        for (long[] row : jdbc.list("SELECT memo_id, COUNT(*) FROM memo_entry GROUP BY memo_id",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
            counts.put(new MemoId(row[0]), (int) row[1]);
        }
        return counts;
    }

    /** Entries of a memo, oldest first. */
    public List<MemoEntry> entries(MemoId memo) {
        return jdbc.list(ENTRY_COLUMNS + " WHERE e.memo_id = ? ORDER BY e.created_at, e.id", MemoStore::mapEntry, memo.value());
    }

    public Optional<MemoEntry> entry(MemoEntryId id) {
        return jdbc.one(ENTRY_COLUMNS + " WHERE e.id = ?", MemoStore::mapEntry, id.value());
    }

    /** Moves every entry of one memo to another (used when nodes are merged). */
    public int moveEntries(MemoId from, MemoId to) {
        return jdbc.update("UPDATE memo_entry SET memo_id = ? WHERE memo_id = ?", to.value(), from.value());
    }

    public void deleteEntry(MemoEntryId id) {
        jdbc.update("DELETE FROM memo_entry WHERE id = ?", id.value());
    }

    private static String kind(MemoTarget target) {
        return switch (target) {
            case MemoTarget.Journal j -> "J";
            case MemoTarget.OfNode n -> "N";
            case MemoTarget.OfTheme t -> "T";
            case MemoTarget.OfSource s -> "S";
        };
    }

    private static Memo map(ResultSet rs) throws SQLException {
        MemoTarget target = switch (rs.getString("kind")) {
            case "N" -> new MemoTarget.OfNode(new NodeId(rs.getLong("node_id")));
            case "T" -> new MemoTarget.OfTheme(new ThemeId(rs.getLong("theme_id")));
            case "S" -> new MemoTarget.OfSource(new SourceId(rs.getLong("source_id")));
            default -> new MemoTarget.Journal();
        };
        return new Memo(new MemoId(rs.getLong("id")), rs.getString("guid"), target, rs.getString("title"),
                Jdbc.instant(rs, "created_at"));
    }

    private static MemoEntry mapEntry(ResultSet rs) throws SQLException {
        return new MemoEntry(new MemoEntryId(rs.getLong("id")), rs.getString("guid"), new MemoId(rs.getLong("memo_id")),
                Jdbc.instant(rs, "created_at"), rs.getString("coder"), rs.getString("body"));
    }
}
