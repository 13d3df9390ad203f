package org.quire.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.SourceFilter;
import org.quire.service.queries.QueryResult;

/**
 * Coding queries between the two most used top-level nodes (each with its descendants), as the
 * query builder runs them: passages with their text, sources and words coded.
 */
final class CodingQueries implements Operation {
    private final String operator;
    private String expression;

    private CodingQueries(String operator) {
        this.operator = operator;
    }

    static List<Operation> all() {
        return List.of(new CodingQueries("AND"), new CodingQueries("NEAR/PARA"));
    }

    @Override
    public String name() {
        return "coding query, " + operator + (expression == null ? "" : " `" + expression + "`")
                + " (QueryService.run)";
    }

    @Override
    public Target target() {
        return Target.p95Under(200);
    }

    @Override
    public void setUp(BenchContext c) {
        NodeTree tree = c.project().nodes().tree();
        Map<NodeId, NodeCounts> counts = c.project().nodes().counts();
        List<String> top = tree.roots().stream()
                .sorted(Comparator.comparingLong((org.quire.model.Node n) -> counts.get(n.id()).references()).reversed())
                .limit(2).map(n -> "\"" + tree.path(n.id()) + "\"").toList();
        expression = top.get(0) + " " + operator + " " + top.get(1);
    }

    @Override
    public Sample run(BenchContext c) {
        long t0 = System.nanoTime();
        QueryResult r = c.project().queries().run(expression, SourceFilter.ALL);
        long nanos = System.nanoTime() - t0;
        // Two top-level nodes of a generated project always share some passage; NEAR/PARA may find none.
        if (r.passages().isEmpty() && operator.equals("AND")) {
            throw new IllegalStateException("no passages for " + expression);
        }
        return Sample.of(nanos);
    }
}
