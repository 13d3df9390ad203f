package org.quire.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quire.model.CoderId;
import org.quire.model.NodeId;
import org.quire.model.SourceId;
import org.quire.model.Span;
import org.quire.model.ThemeId;

/**
 * What the analyst writes beside matrices: a note and a quotation flag per extract of a theme
 * matrix, a summary per framework-matrix cell. Rows are keyed by GUIDs (see V6__matrix_notes.sql).
 */
public final class ThemeMatrixStore {
    /** The analyst's note on one extract of one theme's matrix, and whether it is a chosen quotation. */
    public record ExtractNote(String themeGuid, String codingGuid, String note, boolean quote) {
    }

    /** The analyst's summary of one framework cell; {@code rowValue} is "" unless the row is an attribute value. */
    public record CellSummary(String rowGuid, String rowValue, String themeGuid, String summary) {
    }

    private static final int CHUNK = 500;

    private final Jdbc jdbc;

    ThemeMatrixStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** One coding with its GUID, without who made it or when. */
    public record CodingRef(String guid, NodeId node, SourceId source, Span span) {
    }

    /** Every theme's member nodes, in one read. */
    public Map<ThemeId, List<NodeId>> memberships() {
        Map<ThemeId, List<NodeId>> out = new HashMap<>();
        jdbc.list("SELECT theme_id, node_id FROM theme_node ORDER BY theme_id, node_id", rs -> out.computeIfAbsent(
                new ThemeId(rs.getLong(1)), k -> new java.util.ArrayList<>()).add(new NodeId(rs.getLong(2))));
        return out;
    }

    /** The codings at these nodes, read node by node through the (node, source, start, end) key. */
    public List<CodingRef> codingsAt(java.util.Collection<NodeId> nodes) {
        List<CodingRef> out = new java.util.ArrayList<>();
        for (NodeId node : nodes) {
            out.addAll(jdbc.list("SELECT guid, source_id, start_offset, end_offset FROM coding WHERE node_id = ?",
                    rs -> new CodingRef(rs.getString(1), node, new SourceId(rs.getLong(2)),
                            new Span(rs.getInt(3), rs.getInt(4))), node.value()));
        }
        return out;
    }

    /** Every note and flag of the given themes' matrices, by theme GUID then coding GUID. */
    public Map<String, Map<String, ExtractNote>> extractNotes(List<String> themeGuids) {
        Map<String, Map<String, ExtractNote>> out = new HashMap<>();
        for (String theme : themeGuids) {
            jdbc.list("SELECT theme_guid, coding_guid, note, quote FROM theme_extract_note WHERE theme_guid = ?",
                    rs -> new ExtractNote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)), theme)
                    .forEach(n -> out.computeIfAbsent(n.themeGuid(), k -> new HashMap<>()).put(n.codingGuid(), n));
        }
        return out;
    }

    public Optional<ExtractNote> extractNote(String themeGuid, String codingGuid) {
        return jdbc.one("SELECT theme_guid, coding_guid, note, quote FROM theme_extract_note"
                        + " WHERE theme_guid = ? AND coding_guid = ?",
                rs -> new ExtractNote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)),
                themeGuid, codingGuid);
    }

    /** Writes a note and flag; a row with neither is deleted rather than kept empty. */
    public void putExtractNote(ExtractNote n, CoderId by, Instant at) {
        jdbc.update("DELETE FROM theme_extract_note WHERE theme_guid = ? AND coding_guid = ?", n.themeGuid(),
                n.codingGuid());
        if (!n.note().isEmpty() || n.quote()) {
            jdbc.update("INSERT INTO theme_extract_note (theme_guid, coding_guid, note, quote, updated_at, updated_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", n.themeGuid(), n.codingGuid(), n.note(), n.quote(), at, by.value());
        }
    }

    /** Every cell summary written for any of these themes. */
    public List<CellSummary> summaries(List<String> themeGuids) {
        List<CellSummary> out = new java.util.ArrayList<>();
        for (String theme : themeGuids) {
            out.addAll(jdbc.list("SELECT row_guid, row_value, theme_guid, summary FROM framework_summary"
                    + " WHERE theme_guid = ?", rs -> new CellSummary(rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getString(4)), theme));
        }
        return out;
    }

    public Optional<CellSummary> summary(String rowGuid, String rowValue, String themeGuid) {
        return jdbc.one("SELECT row_guid, row_value, theme_guid, summary FROM framework_summary"
                        + " WHERE row_guid = ? AND row_value = ? AND theme_guid = ?",
                rs -> new CellSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                rowGuid, rowValue, themeGuid);
    }

    /** Writes a summary; an empty one deletes the row. */
    public void putSummary(CellSummary s, CoderId by, Instant at) {
        jdbc.update("DELETE FROM framework_summary WHERE row_guid = ? AND row_value = ? AND theme_guid = ?",
                s.rowGuid(), s.rowValue(), s.themeGuid());
        if (!s.summary().isEmpty()) {
            jdbc.update("INSERT INTO framework_summary (row_guid, row_value, theme_guid, summary, updated_at,"
                    + " updated_by) VALUES (?, ?, ?, ?, ?, ?)", s.rowGuid(), s.rowValue(), s.themeGuid(), s.summary(),
                    at, by.value());
        }
    }
}
