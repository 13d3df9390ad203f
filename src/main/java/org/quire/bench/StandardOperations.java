package org.quire.bench;

import java.util.List;
import java.util.Map;
import org.quire.model.Coding;
import org.quire.model.Node;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.model.NodeTree;
import org.quire.model.Source;
import org.quire.model.SourceText;
import org.quire.model.Span;
import org.quire.service.Project;
import org.quire.service.queries.MatrixAxis;
import org.quire.service.queries.MatrixResult;

/** The operations every benchmark run measures; import and the raw floors live in their own files. */
public final class StandardOperations {
    private StandardOperations() {
    }

    /** The standard list, in the order they are reported. */
    public static List<Operation> all() {
        List<Operation> all = new java.util.ArrayList<>(List.of(new CreateProject(), new ImportPlainText(), new ImportRawFloor(), new ImportFloor(),
                new OpenProject(), new OpenProjectWhole(), new OpenSource(), new CodePassage(), new NodeTreeWithCounts(), new NodeMatrix(),
                new RawCodingInsert()));
        all.addAll(CodingQueries.all());
        all.addAll(SearchOperations.all());
        all.addAll(NodeView.all());
        all.addAll(List.of(new MethodOperations.CoverageReport(), new MethodOperations.PhaseTracker(),
                new MethodOperations.Checklist(), new ThemeMatrixXlsx(),
                new PassagesExport(org.quire.service.exchange.ExportOptions.Format.XLSX),
                new PassagesExport(org.quire.service.exchange.ExportOptions.Format.CSV), new RefiExchange.Export(),
                new RefiExchange.Import()));
        return List.copyOf(all);
    }

    /**
     * Opening the project as the workbench does: open, then what the first screen shows (every
     * folder, the first sources and the top of the code book; {@link Project#firstScreen()}).
     */
    static final class OpenProject implements Operation {
        @Override
        public String name() {
            return "open project (open + first screen: folders, first " + Project.FIRST_SCREEN_ROWS
                    + " sources and nodes)";
        }

        @Override
        public Target target() {
            return Target.instant();
        }

        @Override
        public Sample run(BenchContext c) {
            return Sample.of(c.reopen(Project::firstScreen));
        }
    }

    /**
     * Opening the project until the whole source list and code book are on screen: the first
     * screen, then {@link Project#contents()}, which the workbench reads behind it.
     */
    static final class OpenProjectWhole implements Operation {
        @Override
        public String name() {
            return "open project, whole lists (first screen, then every source and node)";
        }

        @Override
        public Target target() {
            return Target.p95Under(200);
        }

        @Override
        public Sample run(BenchContext c) {
            return Sample.of(c.reopen(p -> {
                p.firstScreen();
                p.contents();
            }));
        }
    }

    /** Opening one of the largest sources with every coding in it and each coding's node path. */
    static final class OpenSource implements Operation {
        private int next;
        // Read by nobody; keeps the JIT from dropping the path lookups.
        private long sink;

        @Override
        public String name() {
            return "open a large source (text + codings + node paths)";
        }

        @Override
        public Target target() {
            return Target.instant();
        }

        @Override
        public Sample run(BenchContext c) {
            List<Source> sources = c.largestSources();
            Source source = sources.get(next++ % sources.size());
            Project p = c.project();
            long t0 = System.nanoTime();
            SourceText text = p.sources().text(source.id());
            List<Coding> codings = p.codings().bySource(source.id());
            NodeTree tree = p.nodes().tree();
            int chars = text.text().length();
            for (Coding coding : codings) {
                chars += tree.path(coding.nodeId()).length();
            }
            long nanos = System.nanoTime() - t0;
            sink += chars;
            return Sample.of(nanos);
        }
    }

    /** Coding a passage of a large source at a node through CodingService.code; removed again afterwards. */
    static final class CodePassage implements Operation {
        @Override
        public String name() {
            return "code a passage (CodingService.code)";
        }

        @Override
        public Target target() {
            return Target.instant();
        }

        @Override
        public Sample run(BenchContext c) {
            long t0 = System.nanoTime();
            Coding coding = codeRandomPassage(c);
            long nanos = System.nanoTime() - t0;
            c.project().codings().delete(coding.id());
            return Sample.of(nanos);
        }
    }

    /** Codes a 40–640 character passage of one of the largest sources at a random node. */
    static Coding codeRandomPassage(BenchContext c) {
        List<Source> sources = c.largestSources();
        Source source = sources.get(c.random().nextInt(sources.size()));
        List<Node> nodes = c.nodes();
        NodeId node = nodes.get(c.random().nextInt(nodes.size())).id();
        int length = Math.min(40 + c.random().nextInt(600), Math.max(1, source.length() - 1));
        int start = c.random().nextInt(Math.max(1, source.length() - length));
        return c.project().codings().code(source.id(), node, new Span(start, start + length));
    }

    /** The node tree with every node's reference counts, as the code book panel shows it. */
    static final class NodeTreeWithCounts implements Operation {
        @Override
        public String name() {
            return "node tree with counts after a coding (NodeService.tree + counts)";
        }

        @Override
        public Target target() {
            return Target.instant();
        }

        @Override
        public void setUp(BenchContext c) {
            c.project().nodes().counts();
        }

        /**
         * What the code book panel does after each edit: a passage is coded at a random node
         * (untimed), then the tree and every node's counts are read, then the coding is removed
         * again (untimed) — so the counts cache always has a change to catch up with.
         */
        @Override
        public Sample run(BenchContext c) {
            Coding coding = codeRandomPassage(c);
            long t0 = System.nanoTime();
            NodeTree tree = c.project().nodes().tree();
            Map<NodeId, NodeCounts> counts = c.project().nodes().counts();
            long nanos = System.nanoTime() - t0;
            c.project().codings().delete(coding.id());
            if (counts.size() != tree.size()) {
                throw new IllegalStateException("counts for " + counts.size() + " of " + tree.size() + " nodes");
            }
            return Sample.of(nanos);
        }
    }

    /** A 50 × 50 node × node matrix coding query (each node with its descendants), as the matrix view runs it. */
    static final class NodeMatrix implements Operation {
        private static final int SIZE = 50;
        private MatrixAxis.Nodes nodes;

        @Override
        public String name() {
            return "matrix 50 x 50 nodes (MatrixService.run)";
        }

        @Override
        public Target target() {
            return Target.instant();
        }

        @Override
        public void setUp(BenchContext c) {
            NodeTree tree = c.project().nodes().tree();
            List<String> paths = c.nodes().stream().limit(SIZE).map(n -> tree.path(n.id())).toList();
            nodes = new MatrixAxis.Nodes(paths, true);
        }

        @Override
        public Sample run(BenchContext c) {
            long t0 = System.nanoTime();
            MatrixResult m = c.project().matrices().run(nodes, nodes);
            long nanos = System.nanoTime() - t0;
            if (m.rows().size() != nodes.paths().size()) {
                throw new IllegalStateException(m.rows().size() + " rows for " + nodes.paths().size() + " nodes");
            }
            return Sample.of(nanos);
        }
    }
}
