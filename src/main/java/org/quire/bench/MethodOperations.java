package org.quire.bench;

import java.util.List;
import org.quire.service.coding.NodeCoverage;
import org.quire.service.coding.SourceCoverage;
import org.quire.service.method.Phase;

/** The method-made-visible views: coverage, the phase tracker and the checklist with its evidence. */
final class MethodOperations {
    private MethodOperations() {
    }

    /** Coding coverage of every source (union of coded ranges) and every node, as the coverage view shows it. */
    static final class CoverageReport implements Operation {
        @Override
        public String name() {
            return "coverage of every source and node (CoverageService)";
        }

        @Override
        public Target target() {
            return Target.instant();
        }

        @Override
        public Sample run(BenchContext c) {
            long t0 = System.nanoTime();
            List<SourceCoverage> sources = c.project().coverage().sources();
            List<NodeCoverage> nodes = c.project().coverage().nodes();
            long nanos = System.nanoTime() - t0;
            if (sources.size() != c.project().sources().list().size() || nodes.size() != c.nodes().size()) {
                throw new IllegalStateException("coverage for " + sources.size() + " sources and " + nodes.size()
                        + " nodes");
            }
            return Sample.of(nanos);
        }
    }

    /** The phase tracker: six phases of counts, read from aggregates. */
    static final class PhaseTracker implements Operation {
        @Override
        public String name() {
            return "phase tracker (PhaseService.phases)";
        }

        @Override
        public Target target() {
            return Target.instant();
        }

        @Override
        public Sample run(BenchContext c) {
            long t0 = System.nanoTime();
            List<Phase> phases = c.project().phases().phases();
            long nanos = System.nanoTime() - t0;
            if (phases.size() != 6) {
                throw new IllegalStateException(phases.size() + " phases");
            }
            return Sample.of(nanos);
        }
    }

    /** The checklist with every point's evidence (coverage of all sources among it). */
    static final class Checklist implements Operation {
        @Override
        public String name() {
            return "checklist with evidence (ChecklistService.items)";
        }

        @Override
        public Target target() {
            return Target.instant();
        }

        @Override
        public Sample run(BenchContext c) {
            long t0 = System.nanoTime();
            int n = c.project().checklist().items().size();
            long nanos = System.nanoTime() - t0;
            if (n != 15) {
                throw new IllegalStateException(n + " checklist points");
            }
            return Sample.of(nanos);
        }
    }
}
