package org.quire.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.quire.model.CoderId;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.model.Span;
import org.quire.model.Timestamp;

/** Sources: metadata, text, paragraph and page boundaries, word offsets. */
public final class SourceStore {
    /** Everything needed to store a new source; the text is already normalised. */
    public record NewSource(String guid, String name, String folder, String format, String encoding,
                            String checksum, String originalFile, CoderId importedBy, Instant importedAt,
                            Instant fileModifiedAt, String text, int[] wordStarts, List<Span> paragraphs,
                            List<Span> pages, String fileName) {
    }


    private static final String COLUMN_LIST = "id, guid, name, folder, format, encoding, checksum,"
            + " original_file, imported_at, word_count, char_count, file_modified_at, file_name";
    private static final String COLUMNS = "SELECT " + COLUMN_LIST + " FROM source";
    private static final String COLUMNS_WITH_KEY = "SELECT " + COLUMN_LIST + ", name_key FROM source";

    private final Jdbc jdbc;
    private final CodingChanges.Collector codingChanges;

    SourceStore(Jdbc jdbc, CodingChanges.Collector codingChanges) {
        this.jdbc = jdbc;
        this.codingChanges = codingChanges;
    }

    public Source insert(NewSource s) {
        codingChanges.sources();
        long id = jdbc.insert("INSERT INTO source (guid, name, folder, format, encoding, checksum, original_file,"
                        + " imported_at, imported_by, word_count, char_count, file_modified_at, file_name)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.guid(), s.name(), s.folder(), s.format(), s.encoding(), s.checksum(), s.originalFile(),
                s.importedAt(), s.importedBy().value(), s.wordStarts().length, s.text().length(), s.fileModifiedAt(),
                s.fileName());
        jdbc.update("INSERT INTO source_content (source_id, content, word_starts) VALUES (?, ?, ?)",
                id, new Jdbc.LongText(s.text()), WordStartsCodec.encode(s.wordStarts()));
        jdbc.update("INSERT INTO source_layout (source_id, paragraphs, pages) VALUES (?, ?, ?)", id,
                SpanListCodec.encode(s.paragraphs()), SpanListCodec.encode(s.pages()));
        return get(new SourceId(id)).orElseThrow();
    }

    public Optional<Source> get(SourceId id) {
        return jdbc.one(COLUMNS + " WHERE id = ?", SourceStore::map, id.value());
    }

    public Optional<Source> byGuid(String guid) {
        return jdbc.one(COLUMNS + " WHERE guid = ?", SourceStore::map, guid);
    }

    /** Sources named {@code name} (ignoring case) in any folder. */
    public List<Source> byName(String name) {
        return jdbc.list(COLUMNS + " WHERE name_key = LOWER(?) ORDER BY folder", SourceStore::map, name);
    }

    public Optional<Source> byFolderAndName(String folder, String name) {
        return jdbc.one(COLUMNS + " WHERE folder = ? AND name_key = LOWER(?)", SourceStore::map, folder, name);
    }

    public List<Source> byChecksum(String checksum) {
        return jdbc.list(COLUMNS + " WHERE checksum = ?", SourceStore::map, checksum);
    }

    /** The sources with these ids that exist, in no particular order; one query however many. */
    public List<Source> get(java.util.Collection<SourceId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] values = ids.stream().map(SourceId::value).distinct().toArray(Long[]::new);
        // A join on the unnested ids, not "id = ANY(?)": H2 finds the rows of ANY by the index but
        // then checks each against the whole array again, one by one; for the 1,500 sources of a
        // node's passages that was most of opening the node view at M.
        return jdbc.list("SELECT s.id, s.guid, s.name, s.folder, s.format, s.encoding, s.checksum, s.original_file,"
                + " s.imported_at, s.word_count, s.char_count, s.file_modified_at, s.file_name"
                + " FROM UNNEST(?) AS wanted(id) JOIN source s ON s.id = wanted.id", SourceStore::map, (Object) values);
    }

    /**
     * The first {@code limit} sources in reading order (see {@link #all()}), for the first screen of
     * a project: the (folder, name) index gives their ids without reading the other rows, so the
     * cost does not grow with the number of sources.
     */
    public List<Source> firstInReadingOrder(int limit) {
        record Keyed(String folder, String nameKey, Source source) {
        }
        List<Keyed> rows = new ArrayList<>(jdbc.list("SELECT s.id, s.guid, s.name, s.folder, s.format, s.encoding,"
                + " s.checksum, s.original_file, s.imported_at, s.word_count, s.char_count, s.file_modified_at,"
                + " s.file_name, s.name_key FROM (SELECT id FROM source ORDER BY folder, name_key LIMIT ?) first"
                + " JOIN source s ON s.id = first.id", rs -> new Keyed(rs.getString(4), rs.getString(14), map(rs)), limit));
        rows.sort(Comparator.comparing(Keyed::folder).thenComparing(Keyed::nameKey));
        List<Source> out = new ArrayList<>(rows.size());
        for (Keyed k : rows) {
            out.add(k.source());
        }
        return out;
    }

    /**
     * Every source in reading order (folder, then name ignoring case). The rows are read in the
     * table's own order and sorted here on the stored {@code name_key} by plain comparison, exactly as H2
     * orders them: following the (folder, name) index instead costs a lookup of the row per source,
     * the largest part of opening a project of thousands of sources.
     */
    public List<Source> all() {
        record Keyed(String folder, String nameKey, Source source) {
        }
        List<Keyed> rows = jdbc.list(COLUMNS_WITH_KEY, rs -> new Keyed(rs.getString(4), rs.getString(14), map(rs)));
        List<Keyed> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Keyed::folder).thenComparing(Keyed::nameKey));
        List<Source> out = new ArrayList<>(sorted.size());
        for (Keyed k : sorted) {
            out.add(k.source());
        }
        return out;
    }

    /**
     * Every source's id in reading order (folder, then name ignoring case), without reading the
     * rows: the (folder, name) index holds all of it.
     */
    public long[] idsInReadingOrder() {
        return jdbc.list("SELECT id FROM source ORDER BY folder, name_key", rs -> rs.getLong(1)).stream()
                .mapToLong(Long::longValue).toArray();
    }

    public SourceText text(SourceId id) {
        String text = jdbc.oneLob("SELECT content FROM source_content WHERE source_id = ?", rs -> Jdbc.text(rs, 1), id.value())
                .orElseThrow(() -> new IllegalArgumentException("no source " + id));
        Layout layout = layout(id);
        return new SourceText(id, text, layout.paragraphs(), layout.pages());
    }

    /**
     * The texts of several sources with their paragraphs, pages and word starts, in three queries
     * whatever their number (a query's passages from a thousand sources). Missing ids are left out.
     */
    public record Full(SourceText text, int[] wordStarts) {
    }

    public java.util.Map<SourceId, Full> texts(java.util.Collection<SourceId> ids) {
        Long[] values = ids.stream().map(SourceId::value).distinct().toArray(Long[]::new);
        Layouts layouts = layouts(values);
        java.util.Map<SourceId, Full> out = new java.util.HashMap<>();
        jdbc.listLobs("SELECT c.source_id, c.content, c.word_starts FROM UNNEST(?) AS wanted(id)"
                + " JOIN source_content c ON c.source_id = wanted.id", rs -> {
            SourceText text = layouts.text(rs.getLong(1), Jdbc.text(rs, 2));
            out.put(text.sourceId(), new Full(text, WordStartsCodec.decode(rs.getBytes(3))));
            return null;
        }, (Object) values);
        return out;
    }

    /**
     * The texts of several sources with their paragraphs and pages, in two queries whatever their
     * number: what indexing needs, without the word starts {@link #texts} also decodes. Missing ids
     * are left out.
     */
    public java.util.Map<SourceId, SourceText> textsWithLayout(java.util.Collection<SourceId> ids) {
        Long[] values = ids.stream().map(SourceId::value).distinct().toArray(Long[]::new);
        Layouts layouts = layouts(values);
        java.util.Map<SourceId, SourceText> out = new java.util.HashMap<>();
        jdbc.listLobs("SELECT c.source_id, c.content FROM UNNEST(?) AS wanted(id)"
                + " JOIN source_content c ON c.source_id = wanted.id", rs -> {
            SourceText text = layouts.text(rs.getLong(1), Jdbc.text(rs, 2));
            out.put(text.sourceId(), text);
            return null;
        }, (Object) values);
        return out;
    }

    /** Paragraphs and pages of several sources, by source id. */
    private record Layouts(java.util.Map<Long, List<Span>> paragraphs, java.util.Map<Long, List<Span>> pages) {
        SourceText text(long id, String content) {
            return new SourceText(new SourceId(id), content, paragraphs.getOrDefault(id, List.of()),
                    pages.getOrDefault(id, List.of()));
        }
    }

    private Layouts layouts(Long[] values) {
        return layouts(values, true);
    }

    /**
     * The paragraphs (and, when asked, the pages) of several sources in one query: one row per
     * source, each list one value (schema version 12, {@code SourceLayoutMigration}).
     */
    private Layouts layouts(Long[] values, boolean pages) {
        Layouts out = new Layouts(new java.util.HashMap<>(), new java.util.HashMap<>());
        // Joined on the unnested ids (see get(ids)): with id = ANY(?) H2 checked every row against
        // the whole array, most of the time of a coding query whose passages lie in a thousand sources.
        jdbc.list("SELECT l.source_id, l.paragraphs" + (pages ? ", l.pages" : "") + " FROM UNNEST(?) AS wanted(id)"
                + " JOIN source_layout l ON l.source_id = wanted.id", rs -> {
                    out.paragraphs().put(rs.getLong(1), SpanListCodec.decode(rs.getBytes(2)));
                    if (pages) {
                        out.pages().put(rs.getLong(1), SpanListCodec.decode(rs.getBytes(3)));
                    }
                    return null;
                }, (Object) values);
        return out;
    }

    /** One stretch of a source's text, read without the rest (an audit message naming a passage). */
    public String extract(SourceId id, Span span) {
        return jdbc.one("SELECT SUBSTRING(content, ?, ?) FROM source_content WHERE source_id = ?",
                rs -> rs.getString(1), span.start() + 1, span.length(), id.value())
                .orElseThrow(() -> new IllegalArgumentException("no source " + id));
    }

    /**
     * Stretches of a source's text, one per span in the order given, read in one pass over the
     * stored text that stops at the last of them: the context of a few passages without the whole
     * text in memory. Overlapping spans are read once; a span past the end of the text is cut there.
     */
    public List<String> windows(SourceId id, List<Span> spans) {
        if (spans.isEmpty()) {
            return List.of();
        }
        List<String> out = windows(java.util.Map.of(id, spans)).get(id);
        if (out == null) {
            throw new IllegalArgumentException("no source " + id);
        }
        return out;
    }

    /**
     * {@link #windows(SourceId, List)} for several sources in one query (a page of the node view
     * spans many sources): each source's stretches in the order given. A source that does not
     * exist is left out of the answer.
     */
    public java.util.Map<SourceId, List<String>> windows(java.util.Map<SourceId, List<Span>> spans) {
        java.util.Map<Long, List<Span>> merged = new java.util.HashMap<>();
        spans.forEach((id, list) -> {
            if (!list.isEmpty()) {
                merged.put(id.value(), union(list));
            }
        });
        if (merged.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<SourceId, List<String>> out = new java.util.HashMap<>();
        jdbc.listLobs("SELECT source_id, content FROM source_content WHERE source_id = ANY(?)", rs -> {
            long id = rs.getLong(1);
            List<Span> parts = merged.get(id);
            String[] pieces = read(rs.getCharacterStream(2), parts);
            List<String> texts = new ArrayList<>();
            for (Span s : spans.get(new SourceId(id))) {
                int i = containing(parts, s.start());
                String piece = pieces[i];
                int from = Math.min(piece.length(), s.start() - parts.get(i).start());
                int to = Math.min(piece.length(), s.end() - parts.get(i).start());
                texts.add(piece.substring(from, to));
            }
            out.put(new SourceId(id), texts);
            return id;
        }, (Object) merged.keySet().toArray(Long[]::new));
        return out;
    }

    /** The sorted union of spans: touching or overlapping spans become one. */
    private static List<Span> union(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        Span current = sorted.get(0);
        for (Span s : sorted.subList(1, sorted.size())) {
            if (s.start() <= current.end()) {
                current = new Span(current.start(), Math.max(current.end(), s.end()));
            } else {
                merged.add(current);
                current = s;
            }
        }
        merged.add(current);
        return merged;
    }

    private static int containing(List<Span> merged, int offset) {
        int lo = 0;
        int hi = merged.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (merged.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    // Skips the gaps and copies the spans; stops reading after the last one.
    private static String[] read(java.io.Reader reader, List<Span> merged) throws SQLException {
        String[] pieces = new String[merged.size()];
        java.util.Arrays.fill(pieces, "");
        try (java.io.Reader r = reader) {
            long position = 0;
            char[] buffer = new char[8192];
            for (int i = 0; i < merged.size(); i++) {
                Span span = merged.get(i);
                while (position < span.start()) {
                    long skipped = r.skip(span.start() - position);
                    if (skipped <= 0) {
                        if (r.read() < 0) {
                            return pieces;
                        }
                        skipped = 1;
                    }
                    position += skipped;
                }
                StringBuilder piece = new StringBuilder(span.length());
                while (piece.length() < span.length()) {
                    int n = r.read(buffer, 0, Math.min(buffer.length, span.length() - piece.length()));
                    if (n < 0) {
                        pieces[i] = piece.toString();
                        return pieces;
                    }
                    piece.append(buffer, 0, n);
                }
                position += piece.length();
                pieces[i] = piece.toString();
            }
            return pieces;
        } catch (java.io.IOException e) {
            throw new SQLException("Cannot read the text: " + e.getMessage(), e);
        }
    }

    /** A source's paragraph and page ranges without its text, in one read. */
    public record Layout(List<Span> paragraphs, List<Span> pages) {
    }

    public Layout layout(SourceId id) {
        return layouts(List.of(id)).getOrDefault(id, new Layout(List.of(), List.of()));
    }

    /** {@link #layout} of several sources in one query; a source without spans maps to empty lists. */
    public java.util.Map<SourceId, Layout> layouts(java.util.Collection<SourceId> ids) {
        java.util.Map<SourceId, Layout> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Layouts read = layouts(ids.stream().map(SourceId::value).distinct().toArray(Long[]::new));
        for (SourceId id : ids) {
            out.put(id, new Layout(read.paragraphs().getOrDefault(id.value(), List.of()),
                    read.pages().getOrDefault(id.value(), List.of())));
        }
        return out;
    }

    /** A source's paragraph ranges without its text (what paragraph-level queries need). */
    public List<Span> paragraphs(SourceId id) {
        return jdbc.one("SELECT paragraphs FROM source_layout WHERE source_id = ?",
                rs -> SpanListCodec.decode(rs.getBytes(1)), id.value()).orElse(List.of());
    }

    /** The paragraphs of several sources, one query however many (sources without any are left out). */
    public java.util.Map<SourceId, List<Span>> paragraphs(java.util.Collection<SourceId> ids) {
        java.util.Map<SourceId, List<Span>> out = new java.util.HashMap<>();
        layouts(ids.stream().map(SourceId::value).distinct().toArray(Long[]::new), false).paragraphs()
                .forEach((id, spans) -> out.put(new SourceId(id), spans));
        return out;
    }

    public void addTimestamps(SourceId id, List<Timestamp> timestamps) {
        List<Object[]> rows = new ArrayList<>();
        for (Timestamp t : timestamps) {
            rows.add(new Object[] {id.value(), t.span().start(), t.span().end(), t.seconds()});
        }
        jdbc.batch("INSERT INTO source_timestamp (source_id, start_offset, end_offset, seconds) VALUES (?, ?, ?, ?)", rows);
    }

    public List<Timestamp> timestamps(SourceId id) {
        return jdbc.list("SELECT start_offset, end_offset, seconds FROM source_timestamp WHERE source_id = ?"
                + " ORDER BY start_offset", rs -> new Timestamp(new Span(rs.getInt(1), rs.getInt(2)), rs.getInt(3)),
                id.value());
    }

    /** Word start offsets of every source, one source at a time, in one pass (none kept here). */
    public void eachWordStarts(java.util.function.BiConsumer<SourceId, int[]> each) {
        jdbc.list("SELECT source_id, word_starts FROM source_content", rs -> {
            each.accept(new SourceId(rs.getLong(1)), WordStartsCodec.decode(rs.getBytes(2)));
            return Boolean.TRUE;
        });
    }

    /** The word offsets of several sources, one query however many (no texts read). */
    public java.util.Map<SourceId, int[]> wordStarts(java.util.Collection<SourceId> ids) {
        java.util.Map<SourceId, int[]> out = new java.util.HashMap<>();
        Long[] values = ids.stream().map(SourceId::value).distinct().toArray(Long[]::new);
        jdbc.listLobs("SELECT c.source_id, c.word_starts FROM UNNEST(?) AS wanted(id)"
                + " JOIN source_content c ON c.source_id = wanted.id",
                rs -> out.put(new SourceId(rs.getLong(1)), WordStartsCodec.decode(rs.getBytes(2))), (Object) values);
        return out;
    }

    public int[] wordStarts(SourceId id) {
        return jdbc.oneLob("SELECT word_starts FROM source_content WHERE source_id = ?", rs -> rs.getBytes(1), id.value())
                .map(WordStartsCodec::decode).orElse(new int[0]);
    }

    public void rename(SourceId id, String name) {
        codingChanges.sources();
        jdbc.update("UPDATE source SET name = ? WHERE id = ?", name, id.value());
    }

    /** Puts a source into another folder; the caller has checked its name is free there. */
    public void move(SourceId id, String folder) {
        codingChanges.sources();
        jdbc.update("UPDATE source SET folder = ? WHERE id = ?", folder, id.value());
    }

    /** Every folder that holds a source directly ("" for the top), read from the (folder, name) index. */
    public List<String> sourceFolders() {
        return jdbc.list("SELECT DISTINCT folder FROM source", rs -> rs.getString(1));
    }

    /** The folders made in the Sources pane, empty or not, in path order. */
    public List<String> madeFolders() {
        return jdbc.list("SELECT path FROM source_folder ORDER BY path", rs -> rs.getString(1));
    }

    public void addFolder(String path, Instant at) {
        jdbc.update("INSERT INTO source_folder (path, created_at) VALUES (?, ?)", path, at);
    }

    public void removeFolder(String path) {
        jdbc.update("DELETE FROM source_folder WHERE path = ?", path);
    }

    /** How many sources lie in a folder or any folder below it. */
    public long countInFolder(String folder) {
        return jdbc.count("SELECT COUNT(*) FROM source WHERE folder = ? OR folder LIKE ? ESCAPE '!'", folder,
                likePrefix(folder) + "/%");
    }

    /** The sources in a folder or any folder below it. */
    public List<Source> inFolder(String folder) {
        return jdbc.list(COLUMNS + " WHERE folder = ? OR folder LIKE ? ESCAPE '!' ORDER BY folder, name_key",
                SourceStore::map, folder, likePrefix(folder) + "/%");
    }

    private static String likePrefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** How many sources were extracted from this kept original (a survey file yields many). */
    public long countByOriginal(String originalFile) {
        return jdbc.count("SELECT COUNT(*) FROM source WHERE original_file = ?", originalFile);
    }

    public void delete(SourceId id) {
        codingChanges.everything();
        codingChanges.sources();
        jdbc.update("DELETE FROM source WHERE id = ?", id.value());
    }

    // Columns by position, in the order of COLUMN_LIST: a list of thousands of sources reads each
    // value without looking its column up by name.
    private static Source map(ResultSet rs) throws SQLException {
        return new Source(new SourceId(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), Jdbc.instant(rs, 9),
                rs.getInt(10), rs.getInt(11), Jdbc.instant(rs, 12), rs.getString(13));
    }
}
