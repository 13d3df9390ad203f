package org.quire.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.quire.model.QuireException;
import org.quire.model.Span;

/**
 * A project's Lucene index: one document per passage (see {@link IndexSchema}). The caller owns the
 * policy — when to rebuild, which generation a commit reflects; this class only reports on opening
 * whether the index on disk can be trusted ({@link #openedState()}).
 */
public final class TextIndex implements AutoCloseable {
    /** What was found on disk when the index was opened. Anything but CURRENT opens an empty index. */
    public enum State { CURRENT, MISSING, STALE, CORRUPT }

    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    static {
        LuceneLogging.quiet();
    }

    private final Path folder;
    private final String language;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final State openedState;
    private long generation;

    private TextIndex(Path folder, String language, Directory directory, IndexWriter writer, State state,
                      long generation) throws IOException {
        this.folder = folder;
        this.language = language;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.openedState = state;
        this.generation = generation;
    }

    /**
     * Opens the index in {@code folder} for a project in {@code language}. A missing, stale (other
     * schema version or language) or unreadable index is replaced by an empty one.
     */
    public static TextIndex open(Path folder, String language) {
        String lang = IndexSchema.language(language);
        try {
            Files.createDirectories(folder);
            State state;
            long generation = -1;
            Directory dir = FSDirectory.open(folder);
            if (!DirectoryReader.indexExists(dir)) {
                state = State.MISSING;
            } else {
                try {
                    Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
                    // Opening a reader reads every segment's metadata: a damaged file fails here.
                    DirectoryReader.open(dir).close();
                    boolean same = String.valueOf(IndexSchema.VERSION).equals(data.get(IndexSchema.DATA_VERSION))
                            && lang.equals(data.get(IndexSchema.DATA_LANGUAGE));
                    state = same ? State.CURRENT : State.STALE;
                    if (same) {
                        generation = Long.parseLong(data.getOrDefault(IndexSchema.DATA_GENERATION, "-1"));
                    }
                } catch (IOException | RuntimeException e) {
                    state = State.CORRUPT;
                    dir.close();
                    wipe(folder);
                    dir = FSDirectory.open(folder);
                }
            }
            IndexWriterConfig config = new IndexWriterConfig(IndexSchema.perField(lang))
                    .setOpenMode(state == State.CURRENT ? IndexWriterConfig.OpenMode.APPEND
                            : IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64);
            IndexWriter writer = new IndexWriter(dir, config);
            return new TextIndex(folder, lang, dir, writer, state, generation);
        } catch (IOException e) {
            throw new QuireException("Cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void wipe(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    public State openedState() {
        return openedState;
    }

    public String language() {
        return language;
    }

    /** The project generation recorded by the last commit, -1 when none was. */
    public long generation() {
        return generation;
    }

    /** Adds a source's passages; visible to searches after {@link #commit}. */
    public void add(long sourceId, String text, List<Span> paragraphs) {
        List<Document> docs = new ArrayList<>();
        for (Chunker.Chunk chunk : Chunker.chunks(text, paragraphs, IndexSchema.MAX_CHUNK)) {
            String passage = text.substring(chunk.span().start(), chunk.span().end());
            Document doc = new Document();
            // Searched by source (a point) and read from doc values (source, paragraph, start);
            // nothing is stored: a hit's passage is the PASSAGE doc value.
            doc.add(new LongField(IndexSchema.SOURCE, sourceId, Field.Store.NO));
            doc.add(new NumericDocValuesField(IndexSchema.PARAGRAPH, chunk.paragraph()));
            doc.add(new NumericDocValuesField(IndexSchema.START, chunk.span().start()));
            doc.add(new Field(IndexSchema.STEMMED, passage, IndexSchema.TEXT));
            doc.add(new BinaryDocValuesField(IndexSchema.PASSAGE, new BytesRef(passage)));
            doc.add(new Field(IndexSchema.EXACT, passage, IndexSchema.TEXT));
            docs.add(doc);
        }
        try {
            writer.addDocuments(docs);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Writes one of the buffers of added passages out as a segment on the calling thread; false
     * when none was left. Called from several threads at the end of a rebuild, so that the last
     * buffers are written side by side instead of one after another inside {@link #commit}.
     */
    public boolean flushNextBuffer() {
        try {
            return writer.flushNextBuffer();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    public void delete(long sourceId) {
        try {
            writer.deleteDocuments(LongField.newExactQuery(IndexSchema.SOURCE, sourceId));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Makes every change durable, recording the project generation the index now reflects. */
    public void commit(long projectGeneration) {
        try {
            writer.setLiveCommitData(Map.of(IndexSchema.DATA_VERSION, String.valueOf(IndexSchema.VERSION),
                    IndexSchema.DATA_LANGUAGE, language,
                    IndexSchema.DATA_GENERATION, String.valueOf(projectGeneration)).entrySet());
            writer.commit();
            generation = projectGeneration;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** The ids of every source with at least one passage in the index (committed or not yet). */
    public Set<Long> sourceIds() {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                Set<Long> ids = new HashSet<>();
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), IndexSchema.SOURCE);
                    Bits live = leaf.reader().getLiveDocs();
                    for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
                        if (live == null || live.get(d)) {
                            ids.add(values.nextValue());
                        }
                    }
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Decides which hits count and the order they are listed in. */
    public interface HitOrder {
        /** Rank of a source in the listing (lower first); negative leaves its hits out. */
        int rank(long sourceId);

        /** Whether a hit at {@code [start, end)} of the source counts (e.g. inside coded text). */
        boolean keep(long sourceId, int start, int end);
    }

    /**
     * The matches of a search.
     *
     * @param rows    the first hits in order, with their passages (at most the limit asked for)
     * @param total   every hit kept
     * @param sources sources with at least one hit kept
     */
    public record Result(List<IndexHit> rows, int total, int sources) {
    }

    /**
     * Every match of {@code query} in the given sources (null: all), ordered by source rank and
     * position; only the first {@code limit} rows (0: all) read their passage from the index.
     *
     * @param exact search the unstemmed field instead of the stemmed one
     * @throws QuireException for a query that cannot be parsed, saying where
     */
    public Result search(String query, boolean exact, long[] onlySources, HitOrder order, int limit) {
        Query parsed = parse(query, exact);
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
        if (onlySources != null) {
            builder.add(LongField.newSetQuery(IndexSchema.SOURCE, onlySources), BooleanClause.Occur.FILTER);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return collect(searcher, builder.build(), order, limit);
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuireException("'" + query + "' matches too many different words; make the wildcard or"
                    + " fuzzy term longer", e);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** A hit before its passage is read: where it is and which document holds it. */
    private record Found(long source, int rank, int paragraph, int passageStart, int start, int end, int leaf, int doc) {
    }

    private static Result collect(IndexSearcher searcher, Query query, HitOrder order, int limit) throws IOException {
        Query rewritten = searcher.rewrite(query);
        Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        HitOffsets plan = HitOffsets.of(query);
        List<Found> found = new ArrayList<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int l = 0; l < leaves.size(); l++) {
            LeafReaderContext leaf = leaves.get(l);
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            if (supplier == null) {
                continue;
            }
            Scorer scorer = supplier.get(Long.MAX_VALUE);
            Bits live = leaf.reader().getLiveDocs();
            SortedNumericDocValues sources = DocValues.getSortedNumeric(leaf.reader(), IndexSchema.SOURCE);
            // First the matching passages of listed sources, then their hit offsets for all at once.
            FixedBitSet docs = new FixedBitSet(leaf.reader().maxDoc());
            Map<Integer, long[]> sourceAndRank = new java.util.LinkedHashMap<>();
            DocIdSetIterator it = scorer.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                sources.advanceExact(d);
                long source = sources.nextValue();
                int rank = order.rank(source);
                if (rank >= 0) {
                    docs.set(d);
                    sourceAndRank.put(d, new long[] {source, rank});
                }
            }
            if (sourceAndRank.isEmpty()) {
                continue;
            }
            Map<Integer, List<int[]>> byTerms = plan == null ? null : plan.ranges(leaf, docs);
            NumericDocValues paragraphs = DocValues.getNumeric(leaf.reader(), IndexSchema.PARAGRAPH);
            NumericDocValues starts = DocValues.getNumeric(leaf.reader(), IndexSchema.START);
            for (Map.Entry<Integer, long[]> e : sourceAndRank.entrySet()) {
                int d = e.getKey();
                long source = e.getValue()[0];
                int rank = (int) e.getValue()[1];
                List<int[]> ranges;
                if (byTerms != null) {
                    ranges = byTerms.getOrDefault(d, List.of());
                } else {
                    Matches matches = weight.matches(leaf, d);
                    ranges = new ArrayList<>();
                    if (matches != null) {
                        offsets(matches.getMatches(IndexSchema.STEMMED), ranges);
                        offsets(matches.getMatches(IndexSchema.EXACT), ranges);
                    }
                }
                if (ranges.isEmpty()) {
                    continue;
                }
                paragraphs.advanceExact(d);
                starts.advanceExact(d);
                int paragraph = (int) paragraphs.longValue();
                int start = (int) starts.longValue();
                for (int[] r : merge(new ArrayList<>(ranges))) {
                    if (order.keep(source, start + r[0], start + r[1])) {
                        found.add(new Found(source, rank, paragraph, start, start + r[0], start + r[1], l, d));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::rank).thenComparingInt(Found::start).thenComparingInt(Found::end));
        Set<Long> sources = new HashSet<>();
        found.forEach(f -> sources.add(f.source()));
        int rows = limit <= 0 ? found.size() : Math.min(limit, found.size());
        List<IndexHit> hits = new ArrayList<>(rows);
        // Passages are read in index order: doc values of a segment are read forwards only.
        List<Found> shown = found.subList(0, rows);
        List<Found> byDoc = new ArrayList<>(shown);
        byDoc.sort(Comparator.comparingInt(Found::leaf).thenComparingInt(Found::doc));
        Map<Long, String> passages = new HashMap<>();
        BinaryDocValues text = null;
        int textLeaf = -1;
        for (Found f : byDoc) {
            long key = ((long) f.leaf() << 32) | f.doc();
            if (!passages.containsKey(key)) {
                if (textLeaf != f.leaf()) {
                    text = DocValues.getBinary(leaves.get(f.leaf()).reader(), IndexSchema.PASSAGE);
                    textLeaf = f.leaf();
                }
                if (!text.advanceExact(f.doc())) {
                    throw new IOException("passage " + f.doc() + " has no text in the index");
                }
                passages.put(key, text.binaryValue().utf8ToString());
            }
        }
        for (Found f : shown) {
            String passage = passages.get(((long) f.leaf() << 32) | f.doc());
            hits.add(new IndexHit(f.source(), f.paragraph(), f.start(), f.end(), f.passageStart(), passage));
        }
        return new Result(hits, found.size(), sources.size());
    }

    /**
     * Word counts straight from the index: each word of the unstemmed field (lower-cased, as the
     * tokenizer split it), how often it occurs, and how many words there are in all. Words that do
     * not occur in what was counted have a count of 0. Callers must not change the arrays.
     */
    public record TermCounts(String[] words, long[] counts, long total) {
    }

    /** Which group (the service's groups are folders) each source is in; a source not listed is in none. */
    public record SourceGroups(Map<Long, String> groups) {
        public SourceGroups {
            groups = Map.copyOf(groups);
        }

        public String groupOf(long source) {
            return groups.get(source);
        }
    }

    /** The counts over all sources, for the reader they were read from (a reader never changes). */
    private record AllTermCounts(org.apache.lucene.index.IndexReader reader, TermCounts counts) {
    }

    private volatile AllTermCounts allTermCounts;
    private final GroupTermCounts groupCounts = new GroupTermCounts();

    /** How often each word occurs over every source; kept until the index changes. */
    public TermCounts allTermCounts() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                org.apache.lucene.index.IndexReader reader = searcher.getIndexReader();
                AllTermCounts all = allTermCounts;
                if (all != null && all.reader() == reader) {
                    return all.counts();
                }
                GroupTermCounts.Vocabulary v = groupCounts.vocabulary(reader);
                long[] counts = new long[v.words().length];
                long total = 0;
                List<LeafReaderContext> leaves = reader.leaves();
                for (int l = 0; l < leaves.size(); l++) {
                    Terms terms = leaves.get(l).reader().terms(IndexSchema.EXACT);
                    if (terms == null) {
                        continue;
                    }
                    // Deleted passages still count in a term's total: their occurrences are taken off.
                    Bits live = leaves.get(l).reader().getLiveDocs();
                    FixedBitSet deleted = null;
                    if (live != null) {
                        deleted = new FixedBitSet(live.length());
                        for (int d = 0; d < live.length(); d++) {
                            if (!live.get(d)) {
                                deleted.set(d);
                            }
                        }
                    }
                    int[] wordOf = v.wordOf()[l];
                    TermsEnum te = terms.iterator();
                    PostingsEnum postings = null;
                    int ord = 0;
                    for (BytesRef t = te.next(); t != null; t = te.next(), ord++) {
                        long count = te.totalTermFreq();
                        if (deleted != null) {
                            postings = te.postings(postings, PostingsEnum.FREQS);
                            count -= countIn(postings, deleted);
                        }
                        counts[wordOf[ord]] += count;
                        total += count;
                    }
                }
                TermCounts out = new TermCounts(v.words(), counts, total);
                allTermCounts = new AllTermCounts(reader, out);
                return out;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * How often each word occurs in the sources of the {@code wanted} groups, from tables of counts
     * per group kept per segment (see {@link GroupTermCounts}); null when those tables would take
     * too much memory (many groups in a large index): then count with {@link #termCounts(long[])}.
     */
    public TermCounts termCountsOfGroups(SourceGroups groups, Set<String> wanted) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                org.apache.lucene.index.IndexReader reader = searcher.getIndexReader();
                GroupTermCounts.Vocabulary v = groupCounts.vocabulary(reader);
                long[] counts = new long[v.words().length];
                long total = groupCounts.addTo(reader, groups, wanted, counts);
                return total < 0 ? null : new TermCounts(v.words(), counts, total);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    // The term's occurrences in the documents of walk, advancing from one of them to the next.
    private static long countIn(PostingsEnum postings, FixedBitSet walk) throws IOException {
        long count = 0;
        int target = walk.nextSetBit(0);
        while (target != DocIdSetIterator.NO_MORE_DOCS) {
            int d = postings.advance(target);
            if (d == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
            if (walk.get(d)) {
                count += postings.freq();
            }
            target = d + 1 >= walk.length() ? DocIdSetIterator.NO_MORE_DOCS : walk.nextSetBit(d + 1);
        }
        return count;
    }

    /**
     * How often each word occurs in the unstemmed field over the given sources, and how many words
     * there are in all: a word frequency list straight from the index, by walking every word's
     * postings over the sources' passages (over all sources: {@link #allTermCounts()}).
     */
    public WordCounter termCounts(long[] onlySources) {
        Set<Long> allowedIds = null;
        if (onlySources != null) {
            allowedIds = new HashSet<>();
            for (long id : onlySources) {
                allowedIds.add(id);
            }
        }
        WordCounter out = new WordCounter();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    Terms terms = leaf.reader().terms(IndexSchema.EXACT);
                    if (terms == null) {
                        continue;
                    }
                    Bits live = leaf.reader().getLiveDocs();
                    FixedBitSet allowed = null;
                    if (allowedIds != null || live != null) {
                        allowed = new FixedBitSet(leaf.reader().maxDoc());
                        SortedNumericDocValues ids = DocValues.getSortedNumeric(leaf.reader(), IndexSchema.SOURCE);
                        for (int d = ids.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = ids.nextDoc()) {
                            if ((live == null || live.get(d)) && (allowedIds == null || allowedIds.contains(ids.nextValue()))) {
                                allowed.set(d);
                            }
                        }
                    }
                    // Postings are walked over the smaller side: the allowed documents, or, when they
                    // are most of the segment, the others (deleted ones included), whose counts are then
                    // taken from the term's total. advance() skips whole blocks of documents on neither
                    // side, and a rebuilt index holds each folder's sources next to each other.
                    FixedBitSet walk = allowed;
                    boolean subtract = false;
                    if (allowed != null && allowed.cardinality() > allowed.length() / 2) {
                        walk = allowed.clone();
                        walk.flip(0, walk.length());
                        subtract = true;
                    }
                    boolean nothingToWalk = walk != null && walk.cardinality() == 0;
                    TermsEnum te = terms.iterator();
                    PostingsEnum postings = null;
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        long count;
                        if (walk == null) {
                            count = te.totalTermFreq();
                        } else {
                            long walked = 0;
                            if (!nothingToWalk) {
                                postings = te.postings(postings, PostingsEnum.FREQS);
                                walked = countIn(postings, walk);
                            }
                            count = subtract ? te.totalTermFreq() - walked : walked;
                        }
                        if (count > 0) {
                            out.addCount(t.utf8ToString(), count);
                        }
                    }
                }
                return out;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static void offsets(MatchesIterator it, List<int[]> out) throws IOException {
        if (it == null) {
            return;
        }
        while (it.next()) {
            if (it.startOffset() >= 0) {
                out.add(new int[] {it.startOffset(), it.endOffset()});
            }
        }
    }

    // The same word can match through both fields (a word and a wildcard): one hit per range of text.
    private static List<int[]> merge(List<int[]> ranges) {
        ranges.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] r : ranges) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] < last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(r.clone());
            }
        }
        return out;
    }

    Query parse(String query, boolean exact) {
        if (query == null || query.isBlank()) {
            throw new QuireException("The search is empty: type a word, a \"phrase\" or a pattern like volunt*");
        }
        try {
            return new QuireQueryParser(exact ? IndexSchema.EXACT : IndexSchema.STEMMED,
                    IndexSchema.perField(language)).parse(query);
        } catch (ParseException e) {
            throw new QuireException(parseMessage(query, e), e);
        }
    }

    static String parseMessage(String query, ParseException e) {
        Throwable cause = e.getCause() instanceof Throwable t ? t : e;
        String problem;
        int column = -1;
        if (cause instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            var next = pe.currentToken.next;
            problem = next.kind == 0 ? "the query ends too early" : "unexpected '" + next.image + "'";
            column = next.kind == 0 ? query.length() : next.beginColumn;
        } else {
            String m = cause.getMessage() == null ? "" : cause.getMessage();
            Matcher col = COLUMN.matcher(m);
            if (col.find()) {
                column = Integer.parseInt(col.group(1));
            }
            problem = m.contains("Lexical error") ? "a quote or bracket is not closed"
                    : m.isBlank() ? "not a valid query" : m.strip().split("\\R", 2)[0];
        }
        return "Cannot parse '" + query + "': " + problem + (column >= 0 ? " at position " + column : "")
                + ". Write words, \"phrases\", volunt*, organisation~, \"voluntary sector\"~5, AND, OR, NOT and"
                + " brackets.";
    }

    private QuireException failure(IOException e) {
        return new QuireException("The search index in " + folder + " cannot be used (" + e.getMessage()
                + "); it will be rebuilt when the project is next opened", e);
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException | UncheckedIOException e) {
            // The index is derived data: a failed close at worst means a rebuild on the next open.
        }
    }
}
