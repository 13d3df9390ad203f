package org.quire.service.queries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.quire.analysis.MatrixCalculator;
import org.quire.model.ActivityKind;
import org.quire.model.AttributeDefinition;
import org.quire.model.AttributeScope;
import org.quire.model.CaseId;
import org.quire.model.CaseLink;
import org.quire.model.CaseRecord;
import org.quire.model.CodedSpan;
import org.quire.model.Node;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.QuireException;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.model.Span;
import org.quire.service.coding.CodingAggregates;
import org.quire.service.memos.ActivityService;
import org.quire.service.nodes.KeptWordStarts;
import org.quire.service.nodes.NodeService;
import org.quire.service.search.SourceScope;
import org.quire.store.Database;
import org.quire.store.Tx;

/**
 * Matrix coding queries: rows and columns each drawn from nodes, cases or the values of a source
 * attribute; a cell holds the text coded at the one that falls within the other (see
 * docs/search.md). The cells are computed by {@link MatrixCalculator} from light coding rows.
 */
public final class MatrixService {
    private final Database db;
    // Every source's word offsets, shared with the node counts.
    private final KeptWordStarts wordStarts;

    private final ActivityService activity;
    private final CodingAggregates aggregates;

    public MatrixService(Database db, ActivityService activity, CodingAggregates aggregates, KeptWordStarts wordStarts) {
        this.db = db;
        this.wordStarts = wordStarts;
        this.activity = activity;
        this.aggregates = aggregates;
    }

    /** One row or column: its label and its passages per source. */
    private record Line(String label, Map<SourceId, List<Span>> passages) {
    }

    /** Parses {@code nodes:PATH,PATH}, {@code children:PATH}, {@code cases} or {@code attr:NAME}. */
    public MatrixAxis axis(String spec, boolean descendants) {
        return MatrixAxis.parse(spec, descendants);
    }

    /** Runs the matrix; unknown nodes and attributes are refused by name. */
    public MatrixResult run(MatrixAxis rows, MatrixAxis columns) {
        return run(rows, columns, () -> false);
    }

    /**
     * Runs the matrix, asking {@code cancelled} between the steps that take time (each row and
     * column read, each source swept).
     *
     * @throws java.util.concurrent.CancellationException when cancelled; nothing is recorded then
     */
    public MatrixResult run(MatrixAxis rows, MatrixAxis columns, BooleanSupplier cancelled) {
        MatrixResult result = db.read(tx -> {
            Loader loader = new Loader(tx, cancelled);
            List<Line> r = loader.lines(rows);
            List<Line> c = loader.lines(columns);
            checkCancelled(cancelled);
            MatrixCalculator.Counts counts = MatrixCalculator.compute(passages(r), passages(c),
                    countRows(rows, columns), wordStarts.within(tx), cancelled);
            return new MatrixResult(r.stream().map(Line::label).toList(), c.stream().map(Line::label).toList(),
                    counts.references(), counts.sources(), counts.words());
        });
        // Recorded for the phase tracker: building matrices is how themes are reviewed (phase 4).
        activity.record(ActivityKind.MATRIX, result.rows().size() + " × " + result.columns().size() + " matrix");
        return result;
    }

    /**
     * The text of one cell (0-based row and column) in reading order: where the row's passages and
     * the column's overlap, so the workbench can open each at its place.
     */
    public List<Passage> cell(MatrixAxis rows, MatrixAxis columns, int row, int column) {
        return db.read(tx -> {
            Loader loader = new Loader(tx, () -> false);
            List<Line> r = loader.lines(rows);
            List<Line> c = loader.lines(columns);
            if (row < 0 || row >= r.size() || column < 0 || column >= c.size()) {
                throw new QuireException("There is no cell " + (row + 1) + "," + (column + 1) + ": the matrix has "
                        + r.size() + " rows and " + c.size() + " columns");
            }
            Map<SourceId, List<Span>> found = MatrixCalculator.cell(r.get(row).passages(), c.get(column).passages());
            List<Passage> out = new ArrayList<>();
            for (Source s : loader.sourcesInOrder()) {
                List<Span> spans = found.get(s.id());
                if (spans != null) {
                    SourceText text = tx.sources().text(s.id());
                    spans.forEach(span -> out.add(QueryService.passage(s, text, span)));
                }
            }
            return out;
        });
    }

    // References count the node side: a node's codings within a case or attribute value.
    private static boolean countRows(MatrixAxis rows, MatrixAxis columns) {
        return isNodes(rows) || !isNodes(columns);
    }

    private static boolean isNodes(MatrixAxis axis) {
        return axis instanceof MatrixAxis.Nodes || axis instanceof MatrixAxis.Children;
    }

    private static List<Map<SourceId, List<Span>>> passages(List<Line> lines) {
        return lines.stream().map(Line::passages).toList();
    }

    /** Reads what the axes need from one transaction, each kind of row at most once. */
    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("The matrix was cancelled");
        }
    }

    private final class Loader {
        private final Tx tx;
        private final BooleanSupplier cancelled;
        private NodeTree tree;
        private final Map<NodeId, Map<SourceId, List<Span>>> byNode = new HashMap<>();
        private List<Source> sources;

        Loader(Tx tx, BooleanSupplier cancelled) {
            this.tx = tx;
            this.cancelled = cancelled;
        }

        List<Line> lines(MatrixAxis axis) {
            return switch (axis) {
                case MatrixAxis.Nodes n -> {
                    List<Line> out = new ArrayList<>();
                    for (String path : n.paths()) {
                        out.add(node(resolve(path), n.descendants()));
                    }
                    yield out;
                }
                case MatrixAxis.Children ch -> {
                    Node parent = resolve(ch.path());
                    List<Node> children = tree().children(parent.id());
                    if (children.isEmpty()) {
                        throw new QuireException("Node '" + ch.path() + "' has no child nodes to make a matrix of");
                    }
                    yield children.stream().map(child -> node(child, ch.descendants())).toList();
                }
                case MatrixAxis.Cases ignored -> cases();
                case MatrixAxis.Attribute a -> attribute(a.name());
            };
        }

        // From the kept code book; the store's lookup gives its own message when the path is unknown.
        private Node resolve(String path) {
            return tree().find(path).orElseGet(() -> tx.nodes().resolve(path));
        }

        private NodeTree tree() {
            if (tree == null) {
                tree = tx.nodes().tree();
            }
            return tree;
        }

        private Line node(Node node, boolean descendants) {
            checkCancelled(cancelled);
            List<Node> nodes = descendants ? tree().subtree(node.id()) : List.of(node);
            read(nodes);
            Map<SourceId, List<Span>> passages = new HashMap<>();
            for (Node n : nodes) {
                byNode.getOrDefault(n.id(), Map.of()).forEach((source, spans) ->
                        passages.computeIfAbsent(source, k -> new ArrayList<>()).addAll(spans));
            }
            return new Line(tree().path(node.id()), passages);
        }

        // A node's codings come from memory (CodingAggregates), read once per node per matrix.
        private void read(List<Node> nodes) {
            for (Node n : nodes) {
                if (!byNode.containsKey(n.id())) {
                    checkCancelled(cancelled);
                    byNode.put(n.id(), new HashMap<>());
                    aggregates.eachSpan(tx, n.id(), this::add);
                }
            }
        }

        private void add(CodedSpan c) {
            byNode.computeIfAbsent(c.nodeId(), k -> new HashMap<>())
                    .computeIfAbsent(c.sourceId(), k -> new ArrayList<>()).add(c.span());
        }

        List<Source> sourcesInOrder() {
            if (sources == null) {
                sources = new ArrayList<>(tx.sources().all());
                sources.sort(SourceScope.READING_ORDER);
            }
            return sources;
        }

        private Map<SourceId, Span> wholeSources() {
            Map<SourceId, Span> whole = new HashMap<>();
            sourcesInOrder().forEach(s -> whole.put(s.id(), new Span(0, s.length())));
            return whole;
        }

        private List<Line> cases() {
            List<CaseRecord> all = tx.cases().all();
            if (all.isEmpty()) {
                throw new QuireException("The project has no cases to make a matrix of");
            }
            Map<SourceId, Span> whole = wholeSources();
            Map<CaseId, Map<SourceId, List<Span>>> byCase = new HashMap<>();
            for (CaseLink link : tx.cases().allLinks()) {
                Span span = link.span() == null ? whole.get(link.sourceId()) : link.span();
                byCase.computeIfAbsent(link.caseId(), k -> new HashMap<>())
                        .computeIfAbsent(link.sourceId(), k -> new ArrayList<>()).add(span);
            }
            return all.stream().map(c -> new Line(c.name(), byCase.getOrDefault(c.id(), Map.of()))).toList();
        }

        private List<Line> attribute(String name) {
            AttributeDefinition def = tx.attributes().byName(AttributeScope.SOURCE, name.strip())
                    .orElseThrow(() -> new QuireException("No source attribute named '" + name.strip() + "'"));
            Map<SourceId, Span> whole = wholeSources();
            Map<String, Map<SourceId, List<Span>>> byValue = new HashMap<>();
            tx.attributes().sourceValuesOf(def.id()).forEach((source, value) -> {
                Span span = whole.get(source);
                if (span != null) {
                    byValue.computeIfAbsent(value, k -> new HashMap<>()).put(source, List.of(span));
                }
            });
            if (byValue.isEmpty()) {
                throw new QuireException("No source has a value for '" + def.name() + "'");
            }
            // The defined choices in their order, then any other values alphabetically.
            Map<String, Map<SourceId, List<Span>>> ordered = new LinkedHashMap<>();
            def.choices().forEach(choice -> {
                if (byValue.containsKey(choice)) {
                    ordered.put(choice, byValue.get(choice));
                }
            });
            new TreeSet<>(byValue.keySet()).forEach(v -> ordered.putIfAbsent(v, byValue.get(v)));
            List<Line> out = new ArrayList<>();
            ordered.forEach((value, passages) -> out.add(new Line(value, passages)));
            return out;
        }
    }
}
