package org.quire.service.queries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quire.analysis.CodingQuery;
import org.quire.model.ActivityKind;
import org.quire.model.Coder;
import org.quire.model.Node;
import org.quire.model.NodeTree;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceFilter;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.model.Span;
import org.quire.model.Validation;
import org.quire.model.Words;
import org.quire.service.coding.CodingAggregates;
import org.quire.service.coding.SourceLists;
import org.quire.service.memos.ActivityService;
import org.quire.service.search.SourceScope;
import org.quire.store.Database;
import org.quire.store.Guids;
import org.quire.store.SearchStore;
import org.quire.store.SourceStore;
import org.quire.store.Tx;

/**
 * Coding queries ("A" AND "B", "A" NEAR/50 "B", "A" NOT "B"; see {@link CodingQuery}) over the
 * project's codings, optionally limited to some sources, and saved queries to run again.
 */
public final class QueryService {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The JSON stored for a saved query. */
    record Definition(String kind, String expression, SourceFilter filter) {
    }

    /**
     * Rows a result list reads before it shows them (more than a table shows at once); the rest
     * are read behind them.
     */
    public static final int FIRST_ROWS = 100;

    /** Characters of context either side of a passage in a result list. */
    public static final int CONTEXT_CHARS = 120;

    /** Sources whose texts are read in one go while a query's passages are made. */
    private static final int TEXT_BATCH = 100;

    private final Database db;
    private final Coder coder;

    private final ActivityService activity;
    private final CodingAggregates aggregates;
    private final SourceLists sourceLists;

    public QueryService(Database db, Coder coder, ActivityService activity, CodingAggregates aggregates,
                        SourceLists sourceLists) {
        this.db = db;
        this.coder = coder;
        this.activity = activity;
        this.aggregates = aggregates;
        this.sourceLists = sourceLists;
    }

    /** Runs a coding query; a node path that does not exist is refused with its name. */
    public QueryResult run(String expression, SourceFilter filter) {
        return run(expression, filter, () -> false);
    }

    /**
     * Runs a coding query, asking {@code cancelled} before each node's codings and each source's
     * passages are read. Everything is read in one transaction: what {@link #find}, {@link #passages}
     * and {@link #words} give one after the other.
     *
     * @throws java.util.concurrent.CancellationException when cancelled; nothing is recorded then
     */
    public QueryResult run(String expression, SourceFilter filter, java.util.function.BooleanSupplier cancelled) {
        CodingQuery.Expr expr = CodingQuery.parse(expression);
        Runnable check = stopCheck(cancelled);
        QueryResult result = db.read(tx -> {
            QueryMatches found = find(tx, expression, expr, filter, check);
            List<Passage> passages = new ArrayList<>(found.matches().size());
            long words = read(tx, found.matches(), check, (m, full) -> passages.add(passage(m.source(), full.text(), m.span())));
            return new QueryResult(expression, passages, found.sources(), words);
        });
        // Recorded for the phase tracker (phase 4, reviewing themes).
        activity.record(ActivityKind.QUERY, expression);
        return result;
    }

    /**
     * Where a coding query's passages are, without their texts: what a result list needs before it
     * shows its first rows. The codings come from memory, so this costs little however many
     * passages there are; {@link #passages} then reads the texts of the rows to show.
     *
     * @throws java.util.concurrent.CancellationException when cancelled; nothing is recorded then
     */
    public QueryMatches find(String expression, SourceFilter filter, java.util.function.BooleanSupplier cancelled) {
        CodingQuery.Expr expr = CodingQuery.parse(expression);
        Runnable check = stopCheck(cancelled);
        QueryMatches found = db.read(tx -> find(tx, expression, expr, filter, check));
        activity.record(ActivityKind.QUERY, expression);
        return found;
    }

    /**
     * The passages of these matches, with their texts, paragraphs and pages, in the same order;
     * texts are read in batches. A match whose source has since been deleted is left out.
     */
    public List<Passage> passages(List<QueryMatches.Match> matches) {
        List<Passage> out = new ArrayList<>(matches.size());
        db.read(tx -> read(tx, matches, () -> { }, (m, full) -> out.add(passage(m.source(), full.text(), m.span()))));
        return out;
    }

    /**
     * As {@link #passages}, each with up to {@code context} characters of the text either side
     * (never cutting a surrogate pair): a result list's rows, from one read of each source.
     */
    public List<PassageWithContext> passagesInContext(List<QueryMatches.Match> matches, int context) {
        List<PassageWithContext> out = new ArrayList<>(matches.size());
        db.read(tx -> read(tx, matches, () -> { }, (m, full) -> out.add(PassageWithContext.cut(
                passage(m.source(), full.text(), m.span()), full.text().text(), context))));
        return out;
    }

    /** The number of words the matches cover, from the sources' word offsets alone (no texts read). */
    public long words(QueryMatches found) {
        return db.read(tx -> {
            long words = 0;
            List<QueryMatches.Match> all = found.matches();
            for (int from = 0; from < all.size(); ) {
                int to = batchEnd(all, from);
                Map<SourceId, int[]> starts = tx.sources().wordStarts(ids(all.subList(from, to)));
                for (QueryMatches.Match m : all.subList(from, to)) {
                    int[] w = starts.get(m.source().id());
                    if (w != null) {
                        words += Words.countIn(w, m.span());
                    }
                }
                from = to;
            }
            return words;
        });
    }

    private static Runnable stopCheck(java.util.function.BooleanSupplier cancelled) {
        return () -> {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("The query was cancelled");
            }
        };
    }

    private QueryMatches find(Tx tx, String expression, CodingQuery.Expr expr, SourceFilter filter, Runnable check) {
        Map<String, Node> nodes = new HashMap<>();
        for (String path : CodingQuery.paths(expr)) {
            // From the kept code book; the store's lookup gives its message for an unknown path.
            nodes.put(path, tx.nodes().tree().find(path).orElseGet(() -> tx.nodes().resolve(path)));
        }
        List<Source> scope = SourceScope.sources(tx, sourceLists, filter);
        Set<SourceId> allowed = new HashSet<>();
        scope.forEach(s -> allowed.add(s.id()));
        Map<SourceId, List<Span>> paragraphs = new HashMap<>();
        NodeTree[] tree = new NodeTree[1];
        CodingQuery.Data data = new CodingQuery.Data() {
            @Override
            public Map<SourceId, List<Span>> coded(String path) {
                check.run();
                if (tree[0] == null) {
                    tree[0] = tx.nodes().tree();
                }
                // From the codings kept in memory: no coding rows read per query.
                return aggregates.regions(tx, tree[0], nodes.get(path).id());
            }

            private boolean fetched;

            @Override
            public List<Span> paragraphs(SourceId source) {
                check.run();
                if (!fetched) {
                    // Only the ranges, and in one query for every source coded at two of the
                    // expression's nodes (where a NEAR/PARA can find something), not one per source.
                    fetched = true;
                    paragraphs.putAll(tx.sources().paragraphs(codedTwice(nodes.keySet(), this::coded, allowed)));
                }
                return paragraphs.computeIfAbsent(source, id -> tx.sources().paragraphs(id));
            }
        };
        Map<SourceId, List<Span>> found = CodingQuery.evaluate(expr, data, allowed);
        List<QueryMatches.Match> matches = new ArrayList<>();
        for (Source s : scope) {
            List<Span> spans = found.get(s.id());
            if (spans != null) {
                for (Span span : spans) {
                    matches.add(new QueryMatches.Match(s, span));
                }
            }
        }
        return new QueryMatches(expression, matches, found.size());
    }

    // The allowed sources coded at two or more of these nodes (at one, when there is only one).
    private static Set<SourceId> codedTwice(Set<String> paths, java.util.function.Function<String,
            Map<SourceId, List<Span>>> coded, Set<SourceId> allowed) {
        Map<SourceId, Integer> seen = new HashMap<>();
        for (String path : paths) {
            for (SourceId s : coded.apply(path).keySet()) {
                if (allowed.contains(s)) {
                    seen.merge(s, 1, Integer::sum);
                }
            }
        }
        int needed = Math.min(2, paths.size());
        Set<SourceId> out = new HashSet<>();
        seen.forEach((s, n) -> {
            if (n >= needed) {
                out.add(s);
            }
        });
        return out;
    }

    /** What reading a batch of matches hands on: the match and its source's text. */
    private interface Reader {
        void accept(QueryMatches.Match match, SourceStore.Full full);
    }

    // Reads the matches' texts in batches of sources (three queries per batch instead of three per
    // source), handing each match on in order; returns the words they cover.
    private static long read(Tx tx, List<QueryMatches.Match> matches, Runnable check, Reader reader) {
        long words = 0;
        for (int from = 0; from < matches.size(); ) {
            check.run();
            int to = batchEnd(matches, from);
            List<QueryMatches.Match> batch = matches.subList(from, to);
            Map<SourceId, SourceStore.Full> texts = tx.sources().texts(ids(batch));
            for (QueryMatches.Match m : batch) {
                SourceStore.Full full = texts.get(m.source().id());
                if (full != null) {
                    reader.accept(m, full);
                    words += Words.countIn(full.wordStarts(), m.span());
                }
            }
            from = to;
        }
        return words;
    }

    // The end of the batch starting at from: the matches of up to TEXT_BATCH sources (matches of a
    // source are next to each other).
    private static int batchEnd(List<QueryMatches.Match> matches, int from) {
        int sources = 0;
        SourceId last = null;
        int i = from;
        for (; i < matches.size(); i++) {
            SourceId id = matches.get(i).source().id();
            if (!id.equals(last)) {
                if (sources == TEXT_BATCH) {
                    break;
                }
                sources++;
                last = id;
            }
        }
        return i;
    }

    private static List<SourceId> ids(List<QueryMatches.Match> matches) {
        java.util.LinkedHashSet<SourceId> ids = new java.util.LinkedHashSet<>();
        matches.forEach(m -> ids.add(m.source().id()));
        return List.copyOf(ids);
    }

    static Passage passage(Source s, SourceText text, Span span) {
        return new Passage(s, span, text.extract(span), text.paragraphAt(span.start()) + 1,
                text.pageAt(span.start()) + 1);
    }

    /** Saves (or replaces) a query under a name; the expression is checked first. */
    public SavedQuery save(String name, String expression, SourceFilter filter) {
        String checked = Validation.name("Query", name);
        CodingQuery.parse(expression);
        String json = toJson(new Definition("coding", expression, filter == null ? SourceFilter.ALL : filter));
        return db.write(coder, tx -> {
            var existing = tx.searches().queryByName(checked);
            SearchStore.SavedQuery row;
            if (existing.isPresent()) {
                tx.searches().updateQuery(existing.get().id(), json, tx.now());
                row = tx.searches().queryByName(checked).orElseThrow();
                tx.audit().record("query.update", "query", row.guid(), "Changed saved query '" + row.name() + "' to "
                        + expression, existing.get().definition(), json);
            } else {
                row = tx.searches().insertQuery(Guids.next(), checked, json, tx.now());
                tx.audit().record("query.save", "query", row.guid(), "Saved query '" + checked + "': " + expression,
                        null, json);
            }
            return map(row);
        });
    }

    public List<SavedQuery> saved() {
        return db.read(tx -> tx.searches().queries().stream().map(QueryService::map).toList());
    }

    /** Runs a saved query against the project as it is now. */
    public QueryResult runSaved(String name) {
        SavedQuery q = db.read(tx -> map(existing(tx, name)));
        return run(q.expression(), q.filter());
    }

    /**
     * Renames a saved query; a name another query already has is refused (ignoring case). Renaming
     * to the same name in another case is allowed.
     */
    public SavedQuery rename(String name, String newName) {
        String checked = Validation.name("Query", newName);
        return db.write(coder, tx -> {
            SearchStore.SavedQuery q = existing(tx, name);
            var clash = tx.searches().queryByName(checked);
            if (clash.isPresent() && clash.get().id() != q.id()) {
                throw new QuireException("There is already a saved query named '" + clash.get().name() + "'");
            }
            tx.searches().renameQuery(q.id(), checked, tx.now());
            tx.audit().record("query.rename", "query", q.guid(), "Renamed saved query '" + q.name() + "' to '"
                    + checked + "'", q.name(), checked);
            return map(tx.searches().queryByName(checked).orElseThrow());
        });
    }

    /**
     * What a search, word list or query can be restricted to: the folders that hold sources, and
     * every source attribute with the values sources have for it (the defined choices first).
     */
    public ScopeChoices scopeChoices() {
        return db.read(tx -> {
            java.util.TreeSet<String> folders = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (Source s : tx.sources().all()) {
                String f = s.folder();
                // A source in a/b also lies in a: offer every level.
                while (!f.isEmpty()) {
                    folders.add(f);
                    int slash = f.lastIndexOf('/');
                    f = slash < 0 ? "" : f.substring(0, slash);
                }
            }
            Map<String, List<String>> values = new java.util.LinkedHashMap<>();
            for (var def : tx.attributes().all(org.quire.model.AttributeScope.SOURCE)) {
                java.util.LinkedHashSet<String> vs = new java.util.LinkedHashSet<>(def.choices());
                vs.addAll(tx.searches().distinctSourceValues(def.name()));
                values.put(def.name(), List.copyOf(vs));
            }
            return new ScopeChoices(List.copyOf(folders), values);
        });
    }

    public void delete(String name) {
        db.write(coder, tx -> {
            SearchStore.SavedQuery q = existing(tx, name);
            tx.searches().deleteQuery(q.id());
            tx.audit().record("query.delete", "query", q.guid(), "Deleted saved query '" + q.name() + "'",
                    q.definition(), null);
            return null;
        });
    }

    private static SearchStore.SavedQuery existing(Tx tx, String name) {
        return tx.searches().queryByName(name.strip())
                .orElseThrow(() -> new QuireException("No saved query named '" + name.strip() + "'"));
    }

    private static SavedQuery map(SearchStore.SavedQuery row) {
        try {
            Definition d = JSON.readValue(row.definition(), Definition.class);
            return new SavedQuery(row.name(), d.expression(), d.filter(), row.createdAt(), row.updatedAt());
        } catch (JsonProcessingException e) {
            throw new QuireException("Saved query '" + row.name() + "' cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static String toJson(Definition d) {
        try {
            return JSON.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
