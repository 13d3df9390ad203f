package org.quire.bench;

import java.util.Comparator;
import java.util.List;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.service.Project;
import org.quire.service.coding.CodingService;
import org.quire.service.coding.PassageInContext;

/**
 * Opening a node to read its passages, as the node view does, on the node whose own passages come
 * closest to 2,000 (at S the largest node has fewer; at L many have more).
 */
final class NodeView {
    static final int PASSAGES = 2_000;
    // As the node view pages its list (NodeDetailViewModel).
    private static final int FIRST_PAGE = 25;
    private static final int PAGE = 200;

    private NodeView() {
    }

    static List<Operation> all() {
        return List.of(new FirstRows(), new AllRows());
    }

    /** The node whose own reference count is nearest {@link #PASSAGES}. */
    static NodeId pick(Project p) {
        return p.nodes().counts().values().stream()
                .min(Comparator.comparingInt((NodeCounts c) -> Math.abs(c.references() - PASSAGES)))
                .map(NodeCounts::nodeId).orElseThrow(() -> new IllegalStateException("the project has no nodes"));
    }

    /** What a user waits for before the first passages show: the listing and the first page. */
    static final class FirstRows extends Base {
        @Override
        public String name() {
            return "node view: first rows (node of ~2,000 passages)";
        }

        @Override
        int read(Project p, NodeId node) {
            CodingService.Listing all = p.codings().listing(node, false);
            return count(p.codings().inContext(all, 0, Math.min(FIRST_PAGE, all.size())));
        }
    }

    /** Every passage of the node with its context, page by page as the list fills. */
    static final class AllRows extends Base {
        @Override
        public String name() {
            return "node view: every row (node of ~2,000 passages)";
        }

        /**
         * The rest fills in below rows already on screen (the first rows are the wait at the click),
         * so this is held to the bar of the other lists completed in the background.
         */
        @Override
        public Target target() {
            return Target.p95Under(200);
        }

        @Override
        int read(Project p, NodeId node) {
            CodingService.Listing all = p.codings().listing(node, false);
            int rows = 0;
            for (int from = 0; from < all.size(); ) {
                int to = Math.min(all.size(), from == 0 ? FIRST_PAGE : from + PAGE);
                rows += count(p.codings().inContext(all, from, to));
                from = to;
            }
            return rows;
        }
    }

    private abstract static class Base implements Operation {
        private NodeId node;
        // Read by nobody; keeps the JIT from dropping the work.
        static long sink;

        @Override
        public Target target() {
            return Target.instant();
        }

        @Override
        public String unit() {
            return "passages";
        }

        @Override
        public void setUp(BenchContext c) {
            node = pick(c.project());
        }

        abstract int read(Project p, NodeId node);

        @Override
        public Sample run(BenchContext c) {
            long t0 = System.nanoTime();
            int rows = read(c.project(), node);
            return new Sample(System.nanoTime() - t0, rows);
        }

        static int count(List<PassageInContext> rows) {
            for (PassageInContext r : rows) {
                sink += r.before().length() + r.after().length() + r.passage().text().length();
            }
            return rows.size();
        }
    }
}
