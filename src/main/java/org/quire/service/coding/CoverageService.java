package org.quire.service.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.quire.analysis.Coverage;
import org.quire.model.Node;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.Source;
import org.quire.model.SourceId;
import org.quire.service.nodes.NodeService;
import org.quire.store.Database;

/**
 * Coding coverage: per source, the share of its text that is coded and how many codings it has;
 * per node, its sources, references and words. The evidence behind 'each data item has been
 * given equal attention'.
 */
public final class CoverageService {
    private final Database db;
    private final NodeService nodes;
    private final CodingAggregates aggregates;
    private final SourceLists sourceLists;

    public CoverageService(Database db, NodeService nodes, CodingAggregates aggregates, SourceLists sourceLists) {
        this.db = db;
        this.nodes = nodes;
        this.aggregates = aggregates;
        this.sourceLists = sourceLists;
    }

    /** Every source in the order the project lists them (folder, name), with its coverage. */
    public List<SourceCoverage> sources() {
        // Coverage kept up to date from each edit's changes (CodingAggregates), not recounted here.
        Map<SourceId, CodingAggregates.SourceFacts> facts = aggregates.sources();
        return db.read(tx -> {
            List<SourceCoverage> out = new ArrayList<>();
            for (Source s : sourceLists.all(tx)) {
                CodingAggregates.SourceFacts f = facts.get(s.id());
                Coverage.Counts c = f == null ? null : f.coverage();
                long chars = c == null ? 0 : c.codedChars();
                double percent = s.length() == 0 ? 0 : 100.0 * chars / s.length();
                out.add(new SourceCoverage(s, chars, percent, c == null ? 0 : c.codings(), c == null ? 0 : c.nodes()));
            }
            return out;
        });
    }

    /** Sources with no coding at all. */
    public List<Source> uncodedSources() {
        return sources().stream().filter(SourceCoverage::uncoded).map(SourceCoverage::source).toList();
    }

    /** Every node in code-book order with the sources, references and words of its own codings. */
    public List<NodeCoverage> nodes() {
        Map<NodeId, NodeCounts> counts = nodes.counts();
        NodeTree tree = nodes.tree();
        List<NodeCoverage> out = new ArrayList<>();
        for (Node n : tree.depthFirst()) {
            NodeCounts c = counts.get(n.id());
            out.add(new NodeCoverage(n, tree.path(n.id()), c == null ? 0 : c.sources(), c == null ? 0 : c.references(),
                    c == null ? 0 : c.words()));
        }
        return out;
    }

    /** The least-covered sources first: where equal attention is most in doubt. */
    public static List<SourceCoverage> leastCovered(List<SourceCoverage> all, int limit) {
        return all.stream().sorted(Comparator.comparingDouble(SourceCoverage::percent)
                .thenComparing(c -> c.source().path())).limit(limit).toList();
    }
}
