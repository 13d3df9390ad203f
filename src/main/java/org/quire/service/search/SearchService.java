package org.quire.service.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.quire.analysis.Sentences;
import org.quire.index.IndexHit;
import org.quire.index.TextIndex;
import org.quire.model.ActivityKind;
import org.quire.model.Coder;
import org.quire.model.Coding;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.model.Span;
import org.quire.model.Validation;
import org.quire.service.coding.CodedRegions;
import org.quire.service.coding.CodingService;
import org.quire.service.memos.ActivityService;
import org.quire.service.nodes.NodeService;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.Tx;

/**
 * Full-text search over the project's sources with keyword-in-context results, coding from the
 * results, and the search index's upkeep. The syntax is Lucene's classic one with AND between
 * words by default; see docs/search.md.
 */
public final class SearchService {
    private static final TextIndex.HitOrder NO_SOURCES = new TextIndex.HitOrder() {
        @Override
        public int rank(long sourceId) {
            return -1;
        }

        @Override
        public boolean keep(long sourceId, int start, int end) {
            return false;
        }
    };

    private final Database db;
    private final Coder coder;
    private final SearchIndex index;

    private final ActivityService activity;
    /** Every source's rank in reading order, kept while no source is added, renamed or removed. */
    private volatile ReadingOrder readingOrder;

    /** Source id → rank in reading order, valid for one {@link Database#sourceListVersion()}. */
    private record ReadingOrder(long version, Map<Long, Integer> rank) {
    }

    public SearchService(Database db, Coder coder, SearchIndex index, ActivityService activity) {
        this.db = db;
        this.coder = coder;
        this.index = index;
        this.activity = activity;
    }

    /**
     * Makes sure the index reflects the project, rebuilding it (with progress, cancellable) when it
     * was missing, stale or damaged, or re-syncing the sources that differ after a crash. The
     * workbench calls this right after opening a project; every search calls it too.
     *
     * @throws QuireException when a needed rebuild was cancelled
     */
    public void prepareIndex(IndexProgress progress, BooleanSupplier cancelled) {
        index.current(progress, cancelled);
    }

    /** Rebuilds the whole index from the database; returns false when cancelled. */
    public boolean rebuildIndex(IndexProgress progress, BooleanSupplier cancelled) {
        return index.rebuild(progress, cancelled);
    }

    /** How many threads an index rebuild uses (the benchmark gives its raw floor the same). */
    public static int rebuildThreads() {
        return SearchIndex.rebuildThreads();
    }

    public IndexStatus indexStatus() {
        return index.status();
    }

    /** Searches the sources; hits come in source (reading) order, then by position. */
    public SearchResult search(String query, SearchOptions options) {
        var idx = index.current(IndexProgress.NONE, () -> false);
        // Read before the transaction starts: anything committed later gives a newer version.
        long version = db.sourceListVersion();
        SearchResult result = db.read(tx -> {
            Map<SourceId, List<Span>> coded = options.inNode() == null ? null : CodedRegions.of(tx, options.inNode());
            Map<Long, Integer> order;
            Map<Long, Source> byId = new HashMap<>();
            if (options.filter().isAll() && coded == null) {
                // Only the reading order of every source is needed, and the rows of the sources shown;
                // the order is kept between searches while the list of sources stays the same.
                order = readingOrder(tx, version);
            } else {
                order = new HashMap<>();
                for (Source s : SourceScope.sources(tx, options.filter())) {
                    if (coded == null || coded.containsKey(s.id())) {
                        order.put(s.id().value(), order.size());
                        byId.put(s.id().value(), s);
                    }
                }
            }
            if (order.isEmpty()) {
                idx.search(query, options.exact(), new long[0], NO_SOURCES, 1); // still report a malformed query
                return new SearchResult(query, List.of(), 0, 0);
            }
            boolean everything = options.filter().isAll() && coded == null;
            TextIndex.Result found = idx.search(query, options.exact(),
                    everything ? null : order.keySet().stream().mapToLong(Long::longValue).toArray(),
                    new TextIndex.HitOrder() {
                        @Override
                        public int rank(long sourceId) {
                            // The index can briefly hold a source an unsynced writer removed: the database decides.
                            return order.getOrDefault(sourceId, -1);
                        }

                        @Override
                        public boolean keep(long sourceId, int start, int end) {
                            return coded == null || CodedRegions.inside(coded.get(new SourceId(sourceId)),
                                    new Span(start, end));
                        }
                    }, options.limit());
            List<SearchHit> out = new ArrayList<>(found.rows().size());
            Map<Long, SourceText> paged = new HashMap<>();
            List<SourceId> missing = found.rows().stream().map(h -> h.sourceId()).filter(id -> !byId.containsKey(id))
                    .distinct().map(SourceId::new).toList();
            tx.sources().get(missing).forEach(s -> byId.put(s.id().value(), s));
            for (IndexHit h : found.rows()) {
                Source source = byId.computeIfAbsent(h.sourceId(), id -> tx.sources().get(new SourceId(id))
                        .orElseThrow(() -> new QuireException("Source " + id + " no longer exists")));
                out.add(kwic(tx, source, h, options.context(), paged));
            }
            return new SearchResult(query, out, found.total(), found.sources());
        });
        // Recorded for the phase tracker: searching for further instances is part of reviewing themes.
        activity.record(ActivityKind.SEARCH, query);
        return result;
    }

    private Map<Long, Integer> readingOrder(Tx tx, long version) {
        ReadingOrder known = readingOrder;
        if (known != null && known.version() == version) {
            return known.rank();
        }
        long[] ids = tx.sources().idsInReadingOrder();
        Map<Long, Integer> rank = new HashMap<>(ids.length * 2);
        for (long id : ids) {
            rank.put(id, rank.size());
        }
        Map<Long, Integer> fixed = java.util.Collections.unmodifiableMap(rank);
        readingOrder = new ReadingOrder(version, fixed);
        return fixed;
    }

    private static SearchHit kwic(Tx tx, Source source, IndexHit h, int context, Map<Long, SourceText> paged) {
        String p = h.passage();
        int s = h.start() - h.passageStart();
        int e = h.end() - h.passageStart();
        int left = safe(p, Math.max(0, s - context));
        int right = safe(p, Math.min(p.length(), e + context));
        int page = 0;
        if ("pdf".equalsIgnoreCase(source.format())) {
            SourceText text = paged.computeIfAbsent(h.sourceId(), id -> tx.sources().text(source.id()));
            page = text.pageAt(h.start()) + 1;
        }
        return new SearchHit(source, h.paragraph() + 1, page, new Span(h.start(), h.end()), p.substring(left, s),
                p.substring(s, e), p.substring(e, right));
    }

    // Never cut an emoji or other surrogate pair in half at the edge of the context.
    private static int safe(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }

    /**
     * Codes search hits at a node as one action: every passage (the hit, or its sentence or
     * paragraph) becomes a coding, passages already coded there are skipped, and the audit trail
     * gets one entry summarising the whole action (listing the new codings, so that it can be
     * undone) beside an entry per coding.
     *
     * @param query the search the hits came from, for the audit summary
     */
    public SearchCoding codeHits(String query, List<SearchHit> hits, NodeId nodeId, Spread spread) {
        if (hits.isEmpty()) {
            throw new QuireException("There are no search hits to code");
        }
        return db.write(coder, tx -> {
            Node node = tx.nodes().existing(nodeId);
            String path = tx.nodes().path(nodeId);
            Map<SourceId, SourceText> texts = new HashMap<>();
            Set<String> seen = new LinkedHashSet<>();
            List<Coding> created = new ArrayList<>();
            int already = 0;
            for (SearchHit hit : hits) {
                Source source = tx.sources().get(hit.source().id()).orElseThrow(
                        () -> new QuireException("Source '" + hit.source().path() + "' no longer exists"));
                SourceText text = texts.computeIfAbsent(source.id(), id -> tx.sources().text(id));
                Span span = spread(text, Validation.span(source.name(), text, hit.span()), spread);
                if (!seen.add(source.id().value() + ":" + span)) {
                    continue;
                }
                if (tx.codings().find(nodeId, source.id(), span).isPresent()) {
                    already++;
                    continue;
                }
                Coding c = tx.codings().insert(Guids.next(), source.id(), nodeId, span, coder.id(),
                        tx.now());
                tx.audit().record("coding.add", "coding", c.guid(), "Coded '" + CodingService.shorten(text.extract(span))
                        + "' in '" + source.name() + "' at '" + path + "'", null, c, node.guid(), source.guid());
                created.add(c);
            }
            Map<String, Object> after = new HashMap<>();
            after.put("query", query);
            after.put("spread", spread.name().toLowerCase(java.util.Locale.ROOT));
            after.put("codings", created.stream().map(Coding::guid).toList());
            List<String> subjects = new ArrayList<>();
            subjects.add(node.guid());
            created.stream().map(Coding::guid).forEach(subjects::add);
            tx.audit().record("search.code", "node", node.guid(), "Coded " + created.size() + " passage"
                    + (created.size() == 1 ? "" : "s") + " found by search '" + CodingService.shorten(query) + "' at '"
                    + path + "' (" + spread.name().toLowerCase(java.util.Locale.ROOT) + "; " + already
                    + " already coded)", null, after, subjects.toArray(String[]::new));
            return new SearchCoding(created, already);
        });
    }

    static Span spread(SourceText text, Span hit, Spread spread) {
        if (spread == Spread.HIT) {
            return hit;
        }
        int first = text.paragraphAt(hit.start());
        int last = text.paragraphAt(Math.max(hit.start(), hit.end() - 1));
        Span para = first < 0 || last < 0 ? new Span(0, text.text().length())
                : new Span(text.paragraphs().get(first).start(), text.paragraphs().get(last).end());
        return spread == Spread.PARAGRAPH ? Sentences.trim(text.text(), para)
                : Sentences.around(text.text(), para, hit);
    }
}
