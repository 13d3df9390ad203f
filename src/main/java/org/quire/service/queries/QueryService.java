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
import org.quire.service.nodes.NodeService;
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
     * passages are read.
     *
     * @throws java.util.concurrent.CancellationException when cancelled; nothing is recorded then
     */
    public QueryResult run(String expression, SourceFilter filter, java.util.function.BooleanSupplier cancelled) {
        CodingQuery.Expr expr = CodingQuery.parse(expression);
        Runnable check = () -> {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("The query was cancelled");
            }
        };
        QueryResult result = db.read(tx -> {
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

                @Override
                public List<Span> paragraphs(SourceId source) {
                    check.run();
                    // Only the ranges: reading whole texts here was most of a NEAR/PARA query's time.
                    return paragraphs.computeIfAbsent(source, id -> tx.sources().paragraphs(id));
                }
            };
            Map<SourceId, List<Span>> found = CodingQuery.evaluate(expr, data, allowed);
            List<Passage> passages = new ArrayList<>();
            long words = 0;
            List<Source> shown = scope.stream().filter(s -> found.containsKey(s.id())).toList();
            // The texts in batches: three queries per batch instead of three per source.
            for (int from = 0; from < shown.size(); from += TEXT_BATCH) {
                check.run();
                List<Source> batch = shown.subList(from, Math.min(shown.size(), from + TEXT_BATCH));
                Map<SourceId, SourceStore.Full> texts = tx.sources().texts(batch.stream().map(Source::id).toList());
                for (Source s : batch) {
                    SourceStore.Full full = texts.get(s.id());
                    for (Span span : found.get(s.id())) {
                        passages.add(passage(s, full.text(), span));
                        words += Words.countIn(full.wordStarts(), span);
                    }
                }
            }
            return new QueryResult(expression, passages, found.size(), words);
        });
        // Recorded for the phase tracker (phase 4, reviewing themes).
        activity.record(ActivityKind.QUERY, expression);
        return result;
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
