package org.quire.bench;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quire.model.NodeCounts;
import org.quire.model.NodeId;
import org.quire.model.SourceId;
import org.quire.model.SourceText;
import org.quire.service.Project;
import org.quire.service.coding.CodedPassage;

/**
 * Opening a node to read its passages, as the node view does, on the node whose own passages come
 * closest to 2,000 (at S the largest node has fewer; at L many have more).
 */
final class NodeView {
    static final int PASSAGES = 2_000;
    private static final int CONTEXT = 90;

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

    /** What a user waits for before the first passages show. */
    static final class FirstRows extends Base {
        @Override
        public String name() {
            return "node view: first rows (node of ~2,000 passages)";
        }
    }

    /** Every passage of the node with its context, as the list fills. */
    static final class AllRows extends Base {
        @Override
        public String name() {
            return "node view: every row (node of ~2,000 passages)";
        }
    }

    private abstract static class Base implements Operation {
        private NodeId node;
        private long sink;

        @Override
        public Target target() {
            return Target.p95Under(50);
        }

        @Override
        public void setUp(BenchContext c) {
            node = pick(c.project());
        }

        @Override
        public Sample run(BenchContext c) {
            Project p = c.project();
            long t0 = System.nanoTime();
            // The view until now: every passage, then each source's whole text again for the context.
            List<CodedPassage> coded = p.codings().passages(node, false);
            Map<SourceId, SourceText> texts = new HashMap<>();
            for (CodedPassage cp : coded) {
                SourceText t = texts.computeIfAbsent(cp.source().id(), id -> p.sources().text(id));
                int s = cp.coding().span().start();
                int e = cp.coding().span().end();
                sink += t.text().substring(Math.max(0, s - CONTEXT), s).replaceAll("\\s+", " ").length()
                        + t.text().substring(e, Math.min(t.text().length(), e + CONTEXT)).replaceAll("\\s+", " ").length();
            }
            return new Sample(System.nanoTime() - t0, coded.size());
        }

        @Override
        public String unit() {
            return "passages";
        }
    }
}
