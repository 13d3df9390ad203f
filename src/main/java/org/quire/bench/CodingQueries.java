package org.quire.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.quire.generate.ProjectGenerator;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.SourceFilter;
import org.quire.service.queries.QueryMatches;
import org.quire.service.queries.QueryService;

/**
 * Coding queries between the two most used top-level nodes (each with its descendants), as the
 * query builder runs them: passages with their text, sources and words coded. One of them is
 * limited by a source attribute (data type "field note", most of a generated project's sources).
 */
final class CodingQueries implements Operation {
    /** The attribute filter of the "with attributes" row: the values a generated project gives field notes. */
    static final SourceFilter FIELD_NOTES = SourceFilter.ALL.where(ProjectGenerator.DATA_TYPE, "field note");

    private final String operator;
    private final String label;
    private final SourceFilter filter;
    private final boolean whole;
    private String expression;

    private CodingQueries(String operator, String label, SourceFilter filter, boolean whole) {
        this.operator = operator;
        this.label = label;
        this.filter = filter;
        this.whole = whole;
    }

    static List<Operation> all() {
        return List.of(new CodingQueries("AND", "AND", SourceFilter.ALL, false),
                new CodingQueries("NEAR/PARA", "NEAR/PARA", SourceFilter.ALL, false),
                new CodingQueries("OR", "OR", SourceFilter.ALL, false),
                new CodingQueries("NOT", "NOT", SourceFilter.ALL, false),
                new CodingQueries("AND", "AND with attributes (data type = field note)", FIELD_NOTES, false),
                new CodingQueries("OR", "OR, every passage with its text and the words", SourceFilter.ALL, true));
    }

    @Override
    public String name() {
        return "coding query, " + label + (expression == null ? "" : " `" + expression + "`")
                + (whole ? " (QueryService.run)" : " to its first " + QueryService.FIRST_ROWS
                        + " rows in context (find + passagesInContext)");
    }

    @Override
    public Target target() {
        // The first rows are what the user waits for; the rest are read behind them.
        return whole ? Target.p95Under(200) : Target.instant();
    }

    @Override
    public void setUp(BenchContext c) {
        expression = expression(c, operator);
    }

    /** The two most used top-level nodes, most used first, joined by {@code operator}. */
    static String expression(BenchContext c, String operator) {
        NodeTree tree = c.project().nodes().tree();
        Map<NodeId, NodeCounts> counts = c.project().nodes().counts();
        List<String> top = tree.roots().stream()
                .sorted(Comparator.comparingLong((org.quire.model.Node n) -> counts.get(n.id()).references()).reversed())
                .limit(2).map(n -> "\"" + tree.path(n.id()) + "\"").toList();
        return top.get(0) + " " + operator + " " + top.get(1);
    }

    @Override
    public Sample run(BenchContext c) {
        long t0 = System.nanoTime();
        int passages;
        if (whole) {
            passages = c.project().queries().run(expression, filter).passages().size();
        } else {
            QueryMatches found = c.project().queries().find(expression, filter, () -> false);
            List<QueryMatches.Match> all = found.matches();
            passages = c.project().queries().passagesInContext(all.subList(0, Math.min(all.size(),
                    QueryService.FIRST_ROWS)), QueryService.CONTEXT_CHARS).size();
        }
        long nanos = System.nanoTime() - t0;
        // Two top-level nodes of a generated project always share some passage; NEAR/PARA may find none.
        if (passages == 0 && !operator.equals("NEAR/PARA")) {
            throw new IllegalStateException("no passages for " + expression);
        }
        return Sample.of(nanos);
    }
}
